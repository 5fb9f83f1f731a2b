# The Python module (python/, docs/python.md) is built by default when the Python development
# headers and pybind11 are found. It links the static libliputan into a shared module, so every
# object must then be position-independent: set here, before the components are added.
option(LIPUTAN_PYTHON "Build the liputan Python module when Python and pybind11 are found" ON)
set(LIPUTAN_PYTHON_FOUND FALSE)
if(LIPUTAN_PYTHON)
  # Debian's python3 (its pybind11, pandas, Dask): another python earlier on PATH (pyenv) would
  # be found first and lack them.
  if(NOT DEFINED Python3_EXECUTABLE AND EXISTS /usr/bin/python3)
    set(Python3_EXECUTABLE /usr/bin/python3 CACHE FILEPATH "Python for the liputan module")
  endif()
  find_package(Python3 COMPONENTS Interpreter Development.Module QUIET)
  if(Python3_FOUND)
    find_package(pybind11 CONFIG QUIET)
  endif()
  if(Python3_FOUND AND pybind11_FOUND)
    set(LIPUTAN_PYTHON_FOUND TRUE)
    set(CMAKE_POSITION_INDEPENDENT_CODE ON)
  else()
    message(STATUS "liputan: no Python module (needs python3-dev and pybind11-dev)")
  endif()
endif()
