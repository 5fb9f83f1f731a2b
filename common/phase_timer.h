#pragma once

#include <string>
#include <vector>

namespace liputan {

// CPU seconds used so far by every thread of the process.
double ProcessCpuSeconds();

// Wall and CPU time of consecutive phases of a command, for its --timings line. CPU beside wall
// shows how much of a phase ran on several cores at once.
class PhaseTimer {
 public:
  PhaseTimer();
  // Ends the phase running since the last Mark (or construction) and names it.
  void Mark(const std::string& name);
  // "read+aggregate 2.41 s (CPU 4.02 s), build 1.10 s (CPU 1.90 s), total 3.51 s (CPU 5.92 s)"
  std::string Summary() const;

 private:
  struct Phase {
    std::string name;
    double wall = 0, cpu = 0;
  };
  double start_wall_, start_cpu_, last_wall_, last_cpu_;
  std::vector<Phase> phases_;
};

}  // namespace liputan
