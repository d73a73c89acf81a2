# herald_add_test(NAME SOURCES a.cpp b.cpp LIBS herald_text ... [LABELS accuracy])
# One GoogleTest executable registered with CTest. Tests see:
#   HERALD_FIXTURES_DIR  tests/fixtures in the source tree
#   HERALD_SHARED_DIR    ../shared (may be absent: such tests GTEST_SKIP)
#   HERALD_DATA_DIRS     the build and source data folders, colon-separated
#   HERALD_GENERATED_DATA_DIR  the generated data (build/data, or HERALD_GENERATED_FROM/data)
# The headers every test parses (GoogleTest, nlohmann-json, std::regex and
# the streams) are precompiled once in herald_test_pch and reused by each
# test executable: about half of the suite's compile time otherwise, more
# under the sanitizers. The definitions are the same for every test, so
# the precompiled header is valid for all of them.
function(herald_test_definitions target)
  target_compile_options(${target} PRIVATE -Wno-missing-field-initializers)
  # GCC 12 misreads std::string's inlined copies of string literals in
  # tests (-Warray-bounds, -Wstringop-*: GCC bug 105329, as -Wrestrict is at
  # the top level).
  if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU" AND CMAKE_CXX_COMPILER_VERSION VERSION_LESS 13)
    target_compile_options(${target} PRIVATE -Wno-array-bounds -Wno-stringop-overread -Wno-stringop-overflow)
  endif()
  # The tests' own code is compiled far longer than it runs: -O1 (-O0 in
  # sanitizer builds); the libraries under test keep their optimisation.
  if(HERALD_SANITIZE)
    target_compile_options(${target} PRIVATE -O0)
  else()
    target_compile_options(${target} PRIVATE -O1)
  endif()
  target_compile_definitions(${target} PRIVATE
    HERALD_FIXTURES_DIR="${CMAKE_SOURCE_DIR}/tests/fixtures"
    HERALD_SHARED_DIR="${HERALD_SHARED_DIR}"
    HERALD_BINARY="${CMAKE_BINARY_DIR}/herald"
    HERALD_SOURCE_DIR="${CMAKE_SOURCE_DIR}"
    HERALD_BINARY_DIR="${CMAKE_BINARY_DIR}"
    HERALD_GENERATED_DATA_DIR="${HERALD_BUILD_DATA_DIR}")
endfunction()
if(NOT TARGET herald_test_pch)
  # An executable like the tests (-fPIE, where libraries are -fPIC when the
  # Python module is built): GCC refuses a precompiled header made otherwise.
  file(WRITE ${CMAKE_BINARY_DIR}/herald_test_pch.cpp "// the precompiled header's own translation unit\nint main() { return 0; }\n")
  add_executable(herald_test_pch ${CMAKE_BINARY_DIR}/herald_test_pch.cpp)
  target_link_libraries(herald_test_pch PRIVATE GTest::gtest nlohmann_json::nlohmann_json)
  herald_test_definitions(herald_test_pch)
  target_precompile_headers(herald_test_pch PRIVATE
    <gtest/gtest.h> <nlohmann/json.hpp> <regex> <filesystem> <fstream> <sstream> <string> <vector>
    <map> <set> <unordered_map> <optional> <functional> <algorithm>)
endif()

function(herald_add_test name)
  cmake_parse_arguments(T "" "" "SOURCES;LIBS;LABELS" ${ARGN})
  add_executable(${name} ${T_SOURCES})
  target_link_libraries(${name} PRIVATE ${T_LIBS} GTest::gtest GTest::gtest_main)
  # Tests build made-up records with brace initialisers that leave trailing
  # fields at their defaults ({"VLDGOV", "ESM", "042"}): deliberate, not a slip.
  herald_test_definitions(${name})
  target_precompile_headers(${name} REUSE_FROM herald_test_pch)
  if(T_LABELS)
    gtest_discover_tests(${name} DISCOVERY_TIMEOUT 60 PROPERTIES LABELS "${T_LABELS}")
  else()
    gtest_discover_tests(${name} DISCOVERY_TIMEOUT 60)
  endif()
endfunction()
