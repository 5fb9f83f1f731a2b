# cmake -DCORPUS=corpus.tsv -DOUT_DIR=dir -P split_corpus.cmake
# Writes OUT_DIR/corpus-train.tsv and OUT_DIR/corpus-test.tsv: the default corpus's rows of each
# split (column 2), header kept. Plain CMake so the build needs no Python.
file(READ "${CORPUS}" content)
string(REGEX REPLACE "\n[^\t\n]+\ttest\t[^\n]*" "" train "${content}")
string(REGEX REPLACE "\n[^\t\n]+\ttrain\t[^\n]*" "" test "${content}")
file(MAKE_DIRECTORY "${OUT_DIR}")
file(WRITE "${OUT_DIR}/corpus-train.tsv.tmp" "${train}")
file(WRITE "${OUT_DIR}/corpus-test.tsv.tmp" "${test}")
file(RENAME "${OUT_DIR}/corpus-train.tsv.tmp" "${OUT_DIR}/corpus-train.tsv")
file(RENAME "${OUT_DIR}/corpus-test.tsv.tmp" "${OUT_DIR}/corpus-test.tsv")
