# herald_add_test(NAME SOURCES a.cpp b.cpp LIBS herald_text ... [LABELS accuracy])
# One GoogleTest executable registered with CTest. Tests see:
#   HERALD_FIXTURES_DIR  tests/fixtures in the source tree
#   HERALD_SHARED_DIR    ../shared (may be absent: such tests GTEST_SKIP)
#   HERALD_DATA_DIRS     the build and source data folders, colon-separated
function(herald_add_test name)
  cmake_parse_arguments(T "" "" "SOURCES;LIBS;LABELS" ${ARGN})
  add_executable(${name} ${T_SOURCES})
  target_link_libraries(${name} PRIVATE ${T_LIBS} GTest::gtest GTest::gtest_main)
  target_compile_definitions(${name} PRIVATE
    HERALD_FIXTURES_DIR="${CMAKE_SOURCE_DIR}/tests/fixtures"
    HERALD_SHARED_DIR="${HERALD_SHARED_DIR}"
    HERALD_BINARY="${CMAKE_BINARY_DIR}/herald"
    HERALD_SOURCE_DIR="${CMAKE_SOURCE_DIR}"
    HERALD_BINARY_DIR="${CMAKE_BINARY_DIR}")
  if(T_LABELS)
    gtest_discover_tests(${name} DISCOVERY_TIMEOUT 60 PROPERTIES LABELS "${T_LABELS}")
  else()
    gtest_discover_tests(${name} DISCOVERY_TIMEOUT 60)
  endif()
endfunction()
