# The DKIM interoperability corpus (tests/interop/README.md). Included from tests/CMakeLists.txt,
# so CMAKE_CURRENT_SOURCE_DIR is tests/. Mirrors kensa_add_test(), whose source path is fixed to
# tests/${name}.cpp; this test's source lives in tests/interop/.
qt_add_executable(TestDkimInterop ${CMAKE_CURRENT_SOURCE_DIR}/interop/TestDkimInterop.cpp)
target_link_libraries(TestDkimInterop PRIVATE kensa_core Qt6::Test)
target_compile_definitions(TestDkimInterop PRIVATE
    KENSA_TEST_DATA_DIR="${CMAKE_CURRENT_SOURCE_DIR}/data"
    KENSA_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
    KENSA_SHARED_DIR="${KENSA_SHARED_DIR}"
    KENSA_CLI="$<TARGET_FILE:kensa-cli>"
    KENSA_INTEROP_DIR="${CMAKE_CURRENT_SOURCE_DIR}/interop")
add_dependencies(TestDkimInterop kensa-cli)
add_test(NAME TestDkimInterop COMMAND TestDkimInterop)
set_tests_properties(TestDkimInterop PROPERTIES
    ENVIRONMENT "LANG=C.UTF-8;LC_ALL=C.UTF-8;LANGUAGE="
    TIMEOUT 300)
