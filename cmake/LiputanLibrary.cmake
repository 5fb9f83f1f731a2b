# libliputan: the one library a program links to use the public API (include/liputan/,
# docs/library.md). It is made of the objects of liputan::api and every library below it, so an
# installed tree needs no internal archive: libliputan.a by default, libliputan.so with
# LIPUTAN_SHARED (where only LIPUTAN_API symbols are exported; CMakeLists.txt sets the visibility).
if(NOT TARGET liputan_api)
  return()
endif()
include(GNUInstallDirs)

set(LIPUTAN_LIB_COMPONENTS common stemmer tokenizer taxonomy corpora models classify report render api)
set(LIPUTAN_LIB_OBJECTS "")
foreach(component IN LISTS LIPUTAN_LIB_COMPONENTS)
  list(APPEND LIPUTAN_LIB_OBJECTS "$<TARGET_OBJECTS:liputan_${component}>")
endforeach()

if(LIPUTAN_SHARED)
  add_library(liputan_lib SHARED ${LIPUTAN_LIB_OBJECTS})
else()
  add_library(liputan_lib STATIC ${LIPUTAN_LIB_OBJECTS})
endif()
add_library(liputan::liputan ALIAS liputan_lib)
foreach(component IN LISTS LIPUTAN_LIB_COMPONENTS)
  add_dependencies(liputan_lib liputan_${component})  # their generated sources come first
endforeach()
set_target_properties(liputan_lib PROPERTIES
  OUTPUT_NAME liputan EXPORT_NAME liputan LINKER_LANGUAGE CXX
  VERSION "${PROJECT_VERSION}" SOVERSION "${PROJECT_VERSION_MAJOR}.${PROJECT_VERSION_MINOR}")
target_include_directories(liputan_lib PUBLIC
  "$<BUILD_INTERFACE:${PROJECT_SOURCE_DIR}/include;${PROJECT_BINARY_DIR}/include>"
  "$<INSTALL_INTERFACE:${CMAKE_INSTALL_INCLUDEDIR}>")
target_compile_features(liputan_lib PUBLIC cxx_std_20)
# What the objects call at link time. Header-only dependencies (nlohmann-json, Eigen, Boost) were
# used when they compiled and are not needed again. Static: these become the exported target's
# link dependencies, which liputanConfig.cmake finds; shared: libliputan.so records them.
target_link_libraries(liputan_lib PRIVATE
  ICU::uc ICU::i18n ICU::data FastText::FastText simdjson::simdjson TBB::tbb
  LibArchive::LibArchive LibXml2::LibXml2 PkgConfig::XLSXWRITER)
if(LIPUTAN_SHARED)
  # No undefined symbols left for the program to supply; the internal ones stay hidden.
  target_link_options(liputan_lib PRIVATE "LINKER:--no-undefined")
endif()
