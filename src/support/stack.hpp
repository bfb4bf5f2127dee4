// Running work on a thread whose stack size we choose.
#pragma once

#include <functional>

namespace orgstar {

// Runs `work` on a fresh thread with a 64 MiB stack and waits for it;
// exceptions propagate to the caller. yaml-cpp parses recursively (~460 bytes
// a level, several times that under sanitizers), and the main thread's stack
// is whatever the user's shell gave it.
void run_with_large_stack(const std::function<void()>& work);

}  // namespace orgstar
