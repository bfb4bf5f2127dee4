#include "support/stack.hpp"

#include <pthread.h>

#include <cstring>
#include <exception>

#include "orgstar/support/error.hpp"

namespace orgstar {
namespace {

constexpr std::size_t stack_size = 64u << 20;

struct Job {
  const std::function<void()>* work;
  std::exception_ptr failure;
};

void* run_job(void* argument) {
  auto* job = static_cast<Job*>(argument);
  try {
    (*job->work)();
  } catch (...) {
    job->failure = std::current_exception();
  }
  return nullptr;
}

}  // namespace

void run_with_large_stack(const std::function<void()>& work) {
  Job job{&work, nullptr};
  pthread_attr_t attributes;
  pthread_attr_init(&attributes);
  pthread_attr_setstacksize(&attributes, stack_size);
  pthread_t thread;
  const int status = pthread_create(&thread, &attributes, run_job, &job);
  pthread_attr_destroy(&attributes);
  if (status != 0) throw Error(std::string("cannot start the parser thread: ") + std::strerror(status));
  pthread_join(thread, nullptr);
  if (job.failure) std::rethrow_exception(job.failure);
}

}  // namespace orgstar
