# `cmake --install`: a self-sufficient tree (docs/library.md, "Installing").
#   bin/liputan                         the CLI; it finds the rest relative to itself
#   include/liputan/*.h                 the public API
#   lib/libliputan.a|.so                the library (cmake/LiputanLibrary.cmake)
#   lib/cmake/liputan/                  liputanConfig.cmake, its version file, the exported targets
#   lib/pkgconfig/liputan.pc
#   share/liputan/models/default.liputan   the default model bundle (built by default_model)
#   share/liputan/taxonomy/*.tsv        category names for report.html and report.xlsx
#   share/liputan/charts/<package>/     the Vega bundles report.html inlines, node_modules layout
# Paths inside the tree are relative (the config and .pc files compute the prefix from their own
# location), so the tree can be moved after installing.
include(GNUInstallDirs)
include(CMakePackageConfigHelpers)
set(LIPUTAN_CMAKE_DIR "${CMAKE_INSTALL_LIBDIR}/cmake/liputan")
set(LIPUTAN_DATA_DIR "${CMAKE_INSTALL_DATADIR}/liputan")

install(TARGETS liputan RUNTIME DESTINATION "${CMAKE_INSTALL_BINDIR}")

if(TARGET liputan_lib)
  install(TARGETS liputan_lib EXPORT liputanTargets
    ARCHIVE DESTINATION "${CMAKE_INSTALL_LIBDIR}"
    LIBRARY DESTINATION "${CMAKE_INSTALL_LIBDIR}"
    RUNTIME DESTINATION "${CMAKE_INSTALL_BINDIR}")
  install(DIRECTORY include/liputan DESTINATION "${CMAKE_INSTALL_INCLUDEDIR}"
    FILES_MATCHING PATTERN "*.h")
  install(FILES "${PROJECT_BINARY_DIR}/include/liputan/version.h"
    DESTINATION "${CMAKE_INSTALL_INCLUDEDIR}/liputan")
  install(EXPORT liputanTargets NAMESPACE liputan:: DESTINATION "${LIPUTAN_CMAKE_DIR}")

  configure_package_config_file(cmake/liputanConfig.cmake.in
    "${PROJECT_BINARY_DIR}/liputanConfig.cmake"
    INSTALL_DESTINATION "${LIPUTAN_CMAKE_DIR}"
    PATH_VARS LIPUTAN_DATA_DIR CMAKE_INSTALL_INCLUDEDIR)
  # 0.x: a minor release may break the API, so only the same minor version is compatible.
  write_basic_package_version_file("${PROJECT_BINARY_DIR}/liputanConfigVersion.cmake"
    COMPATIBILITY SameMinorVersion)
  install(FILES "${PROJECT_BINARY_DIR}/liputanConfig.cmake"
    "${PROJECT_BINARY_DIR}/liputanConfigVersion.cmake" cmake/FindFastText.cmake
    DESTINATION "${LIPUTAN_CMAKE_DIR}")

  if(LIPUTAN_SHARED)
    set(LIPUTAN_PC_REQUIRES "Requires.private")
  else()
    set(LIPUTAN_PC_REQUIRES "Requires")
  endif()
  file(RELATIVE_PATH LIPUTAN_PC_PREFIX_FROM_PCFILEDIR "/prefix/${CMAKE_INSTALL_LIBDIR}/pkgconfig" "/prefix")
  configure_file(cmake/liputan.pc.in "${PROJECT_BINARY_DIR}/liputan.pc" @ONLY)
  install(FILES "${PROJECT_BINARY_DIR}/liputan.pc" DESTINATION "${CMAKE_INSTALL_LIBDIR}/pkgconfig")
endif()

# The run-time data. The model is built by the default_model target (part of `all`).
if(TARGET default_model)
  install(DIRECTORY "${PROJECT_BINARY_DIR}/models/default.liputan"
    DESTINATION "${LIPUTAN_DATA_DIR}/models")
endif()
install(FILES corpora/taxonomy/sektor.tsv corpora/taxonomy/fungsi.tsv
  DESTINATION "${LIPUTAN_DATA_DIR}/taxonomy")
# The chart bundles, with their licences (BSD-3-Clause), when `npm ci` has fetched them; without
# them the installed `liputan report` writes every format but html, as from a build tree.
foreach(package vega vega-lite vega-embed)
  set(dir "${PROJECT_SOURCE_DIR}/node_modules/${package}")
  if(EXISTS "${dir}/build/${package}.min.js")
    install(FILES "${dir}/build/${package}.min.js"
      DESTINATION "${LIPUTAN_DATA_DIR}/charts/${package}/build")
    install(FILES "${dir}/package.json" "${dir}/LICENSE"
      DESTINATION "${LIPUTAN_DATA_DIR}/charts/${package}")
  endif()
endforeach()
