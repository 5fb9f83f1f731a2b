#include "common/interrupt_cleanup.h"

#include <pthread.h>
#include <signal.h>
#include <unistd.h>

#include <atomic>
#include <cstring>

namespace liputan {
namespace {

// Fixed storage: a signal handler may not allocate or lock, so paths are copied into slots whose
// state is published atomically (0 free, 1 being written, 2 active).
constexpr int kSlots = 1024;  // a report group holds a chart per agency
constexpr size_t kPathBytes = 4096;

struct Slot {
  std::atomic<int> state{0};
  bool directory = false;  // removed with rmdir (when empty) after every file is gone
  char path[kPathBytes];
};

Slot g_slots[kSlots];

void OnSignal(int signo) {
  for (auto& slot : g_slots) {
    if (slot.state.load(std::memory_order_acquire) == 2 && !slot.directory) ::unlink(slot.path);
  }
  // Directories last. A parent fails while its child is there, so a few passes clear a nest of
  // any slot order (groups make at most a directory and its charts/ folder).
  for (int pass = 0; pass < 4; ++pass) {
    for (auto& slot : g_slots) {
      if (slot.state.load(std::memory_order_acquire) == 2 && slot.directory) ::rmdir(slot.path);
    }
  }
  ::signal(signo, SIG_DFL);
  ::raise(signo);
}

}  // namespace

void InstallInterruptCleanup() {
  struct sigaction action {};
  action.sa_handler = OnSignal;
  sigemptyset(&action.sa_mask);
  action.sa_flags = 0;
  ::sigaction(SIGINT, &action, nullptr);
  ::sigaction(SIGTERM, &action, nullptr);
  ::sigaction(SIGHUP, &action, nullptr);
}

static_assert(sizeof(sigset_t) <= sizeof(unsigned long long[16]));

DeferInterrupts::DeferInterrupts() {
  sigset_t block;
  sigemptyset(&block);
  sigaddset(&block, SIGINT);
  sigaddset(&block, SIGTERM);
  sigaddset(&block, SIGHUP);
  ::pthread_sigmask(SIG_BLOCK, &block, reinterpret_cast<sigset_t*>(saved_));
}

DeferInterrupts::~DeferInterrupts() {
  ::pthread_sigmask(SIG_SETMASK, reinterpret_cast<sigset_t*>(saved_), nullptr);
}

namespace {

int Register(const char* path, bool directory) {
  size_t len = std::strlen(path);
  if (len >= kPathBytes) return -1;
  for (int i = 0; i < kSlots; ++i) {
    int expected = 0;
    if (g_slots[i].state.compare_exchange_strong(expected, 1, std::memory_order_acq_rel)) {
      std::memcpy(g_slots[i].path, path, len + 1);
      g_slots[i].directory = directory;
      g_slots[i].state.store(2, std::memory_order_release);
      return i;
    }
  }
  return -1;
}

}  // namespace

int RegisterTempFile(const char* path) { return Register(path, false); }
int RegisterTempDirectory(const char* path) { return Register(path, true); }

void UnregisterTempFile(int slot) {
  if (slot >= 0 && slot < kSlots) g_slots[slot].state.store(0, std::memory_order_release);
}

}  // namespace liputan
