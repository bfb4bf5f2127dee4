#include "cli/app.hpp"

int main(int argc, char** argv) { return orgstar::cli::run(argc, argv); }
