#include "common/phase_timer.h"

#include <chrono>
#include <cstdio>
#include <ctime>

namespace liputan {
namespace {

double WallSeconds() {
  return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

std::string Format(const std::string& name, double wall, double cpu) {
  char text[128];
  std::snprintf(text, sizeof text, "%s %.2f s (CPU %.2f s)", name.c_str(), wall, cpu);
  return text;
}

}  // namespace

double ProcessCpuSeconds() {
  timespec t{};
  ::clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
  return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_nsec) * 1e-9;
}

PhaseTimer::PhaseTimer()
    : start_wall_(WallSeconds()),
      start_cpu_(ProcessCpuSeconds()),
      last_wall_(start_wall_),
      last_cpu_(start_cpu_) {}

void PhaseTimer::Mark(const std::string& name) {
  const double wall = WallSeconds(), cpu = ProcessCpuSeconds();
  phases_.push_back({name, wall - last_wall_, cpu - last_cpu_});
  last_wall_ = wall;
  last_cpu_ = cpu;
}

std::string PhaseTimer::Summary() const {
  std::string out;
  for (const Phase& phase : phases_) out += Format(phase.name, phase.wall, phase.cpu) + ", ";
  return out + Format("total", last_wall_ - start_wall_, last_cpu_ - start_cpu_);
}

}  // namespace liputan
