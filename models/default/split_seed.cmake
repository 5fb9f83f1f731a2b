# cmake -DSEED=seed.tsv -DOUT_DIR=dir -P split_seed.cmake
# Writes OUT_DIR/seed-train.tsv and OUT_DIR/seed-test.tsv: the seed corpus's rows of each split
# (column 2), header kept. Plain CMake so the build needs no Python.
file(READ "${SEED}" content)
string(REGEX REPLACE "\n[^\t\n]+\ttest\t[^\n]*" "" train "${content}")
string(REGEX REPLACE "\n[^\t\n]+\ttrain\t[^\n]*" "" test "${content}")
file(MAKE_DIRECTORY "${OUT_DIR}")
file(WRITE "${OUT_DIR}/seed-train.tsv.tmp" "${train}")
file(WRITE "${OUT_DIR}/seed-test.tsv.tmp" "${test}")
file(RENAME "${OUT_DIR}/seed-train.tsv.tmp" "${OUT_DIR}/seed-train.tsv")
file(RENAME "${OUT_DIR}/seed-test.tsv.tmp" "${OUT_DIR}/seed-test.tsv")
