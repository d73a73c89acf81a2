// Shared by herald's fuzz targets: the input as a file for loaders that read
// paths. A target is one LLVMFuzzerTestOneInput; libFuzzer drives it in the
// clang build (scripts/fuzz.sh), replay_main.cpp runs its corpus as a ctest.
//
//   std::string path = herald::fuzz::as_file(data, size);   // valid until the next call
#pragma once

#include <sys/mman.h>
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace herald::fuzz {

// The bytes as a file (an anonymous memory file), named by its /proc path.
inline std::string as_file(const uint8_t* data, size_t size) {
  static int fd = -1;
  if (fd < 0) fd = memfd_create("herald-fuzz", 0);
  if (ftruncate(fd, 0) != 0 || pwrite(fd, data, size, 0) != static_cast<ssize_t>(size)) return "/nonexistent";
  lseek(fd, 0, SEEK_SET);
  return "/proc/self/fd/" + std::to_string(fd);
}

inline std::string_view as_text(const uint8_t* data, size_t size) {
  return {reinterpret_cast<const char*>(data), size};
}

}  // namespace herald::fuzz
