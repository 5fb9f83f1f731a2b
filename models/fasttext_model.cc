#include "models/fasttext_model.h"

#include <fasttext/fasttext.h>
#include <math.h>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include "common/error.h"

namespace liputan {
namespace {

constexpr int32_t kFastTextMagic = 793712314;
constexpr int32_t kFastTextVersion = 12;
constexpr int32_t kProductQuantizerCentroids = 256;  // ksub_ = 1 << 8 in fastText 0.9.2

// Walks a model file field by field as fastText 0.9.2 writes it (FastText::saveModel), checking
// every count against the bytes that remain, so fastText never reads a size from a damaged file
// and allocates or loops on it.
class ModelFileChecker {
 public:
  explicit ModelFileChecker(const std::string& path) : path_(path), in_(path, std::ios::binary) {
    if (!in_) throw Error(ErrorCode::kNoInput, "cannot open model file", path);
    std::error_code ec;
    size_ = static_cast<int64_t>(std::filesystem::file_size(path, ec));
    if (ec) throw Error(ErrorCode::kNoInput, "cannot read model file size", path);
  }

  void Check() {
    if (size_ < 8) Fail("not a fastText model (file too short)");
    if (Read<int32_t>() != kFastTextMagic) Fail("not a fastText model (wrong magic number)");
    int32_t version = Read<int32_t>();
    if (version != kFastTextVersion) {
      Fail("unsupported fastText model version " + std::to_string(version) + " (need 12)");
    }
    CheckArgs();
    CheckDictionary();
    bool quant_input = Read<int8_t>() != 0;
    int64_t input_rows = quant_input ? CheckQuantMatrix(dim_) : CheckDenseMatrix(dim_);
    if (!quant_input && pruned_) Fail("dense input matrix with a pruned dictionary");
    if (!quant_input && input_rows != nwords_ + bucket_) Fail("input matrix rows do not match");
    bool quant_output = Read<int8_t>() != 0;
    int64_t output_rows =
        (quant_input && quant_output) ? CheckQuantMatrix(dim_) : CheckDenseMatrix(dim_);
    if (output_rows != nlabels_) Fail("output matrix rows do not match the label count");
    if (Position() != size_) Fail("trailing bytes after the model");
  }

 private:
  [[noreturn]] void Fail(const std::string& why) const {
    throw Error(ErrorCode::kData, "invalid fastText model: " + why, path_);
  }

  int64_t Position() { return static_cast<int64_t>(in_.tellg()); }
  void Need(int64_t bytes) {
    if (bytes < 0 || bytes > size_ - Position()) Fail("file is truncated");
  }
  template <typename T>
  T Read() {
    Need(sizeof(T));
    T value{};
    in_.read(reinterpret_cast<char*>(&value), sizeof(T));
    if (!in_) Fail("read failed");
    return value;
  }
  void Skip(int64_t bytes) {
    Need(bytes);
    in_.seekg(bytes, std::ios::cur);
  }

  void CheckArgs() {
    dim_ = Read<int32_t>();
    Read<int32_t>();  // ws
    Read<int32_t>();  // epoch
    Read<int32_t>();  // minCount
    Read<int32_t>();  // neg
    Read<int32_t>();  // wordNgrams
    int32_t loss = Read<int32_t>();
    int32_t model = Read<int32_t>();
    bucket_ = Read<int32_t>();
    Read<int32_t>();  // minn
    Read<int32_t>();  // maxn
    Read<int32_t>();  // lrUpdateRate
    Read<double>();   // t
    if (dim_ <= 0 || dim_ > 100000) Fail("implausible dimension " + std::to_string(dim_));
    if (loss < 1 || loss > 4) Fail("unknown loss");
    if (model != static_cast<int32_t>(fasttext::model_name::sup)) {
      Fail("not a supervised (classification) model");
    }
    if (bucket_ < 0) Fail("negative bucket count");
  }

  void CheckDictionary() {
    int32_t size = Read<int32_t>();
    nwords_ = Read<int32_t>();
    nlabels_ = Read<int32_t>();
    Read<int64_t>();  // ntokens
    int64_t pruneidx_size = Read<int64_t>();
    if (size < 0 || nwords_ < 0 || nlabels_ <= 0 || int64_t{nwords_} + nlabels_ != size) {
      Fail("inconsistent dictionary sizes");
    }
    // Each entry is at least a terminating zero, an int64 count and a type byte.
    Need(int64_t{size} * 10);
    for (int32_t i = 0; i < size; ++i) {
      int64_t length = 0;
      for (int c; (c = in_.get()) != 0; ++length) {
        if (c == EOF) Fail("file is truncated");
      }
      Read<int64_t>();
      int8_t type = Read<int8_t>();
      if (type != (i < nwords_ ? 0 : 1)) Fail("dictionary entry types out of order");
    }
    pruned_ = pruneidx_size >= 0;
    if (pruneidx_size > 0) Skip(pruneidx_size * 8);
  }

  int64_t CheckDenseMatrix(int32_t dim) {
    int64_t rows = Read<int64_t>();
    int64_t cols = Read<int64_t>();
    if (cols != dim || rows < 0 || rows > (size_ / 4) / std::max<int64_t>(cols, 1)) {
      Fail("matrix size does not match the file");
    }
    Skip(rows * cols * 4);
    return rows;
  }

  void CheckQuantizer(int32_t dim) {
    int32_t pq_dim = Read<int32_t>();
    int32_t nsubq = Read<int32_t>();
    int32_t dsub = Read<int32_t>();
    int32_t lastdsub = Read<int32_t>();
    if (pq_dim != dim || dsub <= 0 || nsubq <= 0 || lastdsub <= 0 ||
        int64_t{dsub} * (nsubq - 1) + lastdsub != dim) {
      Fail("inconsistent product quantizer");
    }
    Skip(int64_t{pq_dim} * kProductQuantizerCentroids * 4);
    nsubq_ = nsubq;
  }

  int64_t CheckQuantMatrix(int32_t dim) {
    bool qnorm = Read<int8_t>() != 0;
    int64_t rows = Read<int64_t>();
    int64_t cols = Read<int64_t>();
    int32_t codesize = Read<int32_t>();
    if (cols != dim || rows < 0 || codesize < 0) Fail("quantized matrix size does not match");
    Skip(codesize);
    CheckQuantizer(dim);
    if (int64_t{codesize} != rows * nsubq_) Fail("quantized codes do not match the matrix size");
    if (qnorm) {
      Skip(rows);
      CheckQuantizer(1);
    }
    return rows;
  }

  std::string path_;
  std::ifstream in_;
  int64_t size_ = 0;
  int32_t dim_ = 0, bucket_ = 0, nwords_ = 0, nlabels_ = 0, nsubq_ = 0;
  bool pruned_ = false;
};

// fastText keeps these helpers protected; a pointer to member formed through a derived class is
// the standard-conforming way to call them on a const Dictionary without copying its logic.
struct DictionaryAccess : fasttext::Dictionary {
  using AddSubwords = void (fasttext::Dictionary::*)(std::vector<int32_t>&, const std::string&,
                                                     int32_t) const;
  using AddWordNgrams = void (fasttext::Dictionary::*)(std::vector<int32_t>&,
                                                       const std::vector<int32_t>&, int32_t) const;
  static constexpr AddSubwords kAddSubwords = &DictionaryAccess::addSubwords;
  static constexpr AddWordNgrams kAddWordNgrams = &DictionaryAccess::addWordNgrams;
};

const std::string kLabelPrefix = "__label__";

// fastText's ranking: best log-probability first (Model::findKBest keeps a min-heap of k).
bool BetterPair(const std::pair<float, int32_t>& l, const std::pair<float, int32_t>& r) {
  return l.first > r.first;
}
float StdLog(float x) { return std::log(x + 1e-5); }  // fastText's std_log

// The arithmetic of fastText 0.9.2's Model::predict for a dense softmax model (computeHidden,
// SoftmaxLoss::computeOutput, findKBest), operation for operation so the labels and
// probabilities are bit-identical, but over the raw matrices: the hidden sum runs over whole rows
// the compiler vectorises, and the rows of the next words are prefetched, since a large model's
// rows are random reads from DRAM. Sums keep fastText's order (no reassociation).
void PredictSoftmax(const fasttext::DenseMatrix& input, const fasttext::DenseMatrix& output,
                    const std::vector<int32_t>& words, int32_t k, PredictScratch& scratch) {
  const int64_t dim = input.cols();
  const float* in = input.data();
  auto& hidden = scratch.hidden;
  hidden.assign(static_cast<size_t>(dim), 0.0f);
  constexpr size_t kAhead = 4;
  auto prefetch = [&](size_t w) {
    const char* row = reinterpret_cast<const char*>(in + int64_t{words[w]} * dim);
    for (int64_t b = 0; b < dim * 4; b += 64) __builtin_prefetch(row + b);
  };
  for (size_t w = 0; w < std::min(kAhead, words.size()); ++w) prefetch(w);
  for (size_t w = 0; w < words.size(); ++w) {
    if (w + kAhead < words.size()) prefetch(w + kAhead);
    const float* row = in + int64_t{words[w]} * dim;
    float* h = hidden.data();
    for (int64_t j = 0; j < dim; ++j) h[j] += row[j];
  }
  const float scale = static_cast<float>(1.0 / static_cast<double>(words.size()));
  for (float& h : hidden) h *= scale;
  const int64_t labels = output.rows();
  auto& out = scratch.output;
  out.resize(static_cast<size_t>(labels));
  const float* wo = output.data();
  for (int64_t i = 0; i < labels; ++i) {
    float d = 0.0f;
    for (int64_t j = 0; j < dim; ++j) d += wo[i * dim + j] * hidden[j];
    out[i] = d;
  }
  float max = out[0], z = 0.0f;
  for (float o : out) max = std::max(o, max);
  for (float& o : out) {
    o = static_cast<float>(::exp(static_cast<double>(o - max)));
    z += o;
  }
  for (float& o : out) o /= z;
  auto& heap = scratch.heap;
  for (int32_t i = 0; i < static_cast<int32_t>(labels); ++i) {
    if (out[i] < 0.0f) continue;
    if (static_cast<int32_t>(heap.size()) == k && StdLog(out[i]) < heap.front().first) continue;
    heap.emplace_back(StdLog(out[i]), i);
    std::push_heap(heap.begin(), heap.end(), BetterPair);
    if (static_cast<int32_t>(heap.size()) > k) {
      std::pop_heap(heap.begin(), heap.end(), BetterPair);
      heap.pop_back();
    }
  }
  std::sort_heap(heap.begin(), heap.end(), BetterPair);
}

}  // namespace

struct FastTextModel::Impl {
  fasttext::FastText fasttext;
  std::shared_ptr<const fasttext::Dictionary> dict;
  std::vector<std::string> labels;
  int word_ngrams = 1;
  bool one_vs_all = false;
  // Dense softmax models take our own inference path (PredictSoftmax); others go through fastText.
  std::shared_ptr<const fasttext::DenseMatrix> input, output;

  void Refresh() {
    dict = fasttext.getDictionary();
    fasttext::Args args = fasttext.getArgs();
    word_ngrams = args.wordNgrams;
    one_vs_all = args.loss == fasttext::loss_name::ova;
    input.reset();
    output.reset();
    if (!fasttext.isQuant() && args.loss == fasttext::loss_name::softmax) {
      input = fasttext.getInputMatrix();
      output = fasttext.getOutputMatrix();
    }
    labels.clear();
    for (int32_t i = 0; i < dict->nlabels(); ++i) {
      std::string label = dict->getLabel(i);
      if (label.rfind(kLabelPrefix, 0) == 0) label.erase(0, kLabelPrefix.size());
      labels.push_back(label);
    }
  }
};

FastTextModel::FastTextModel() : impl_(std::make_unique<Impl>()) {}
FastTextModel::~FastTextModel() = default;
FastTextModel::FastTextModel(FastTextModel&&) noexcept = default;
FastTextModel& FastTextModel::operator=(FastTextModel&&) noexcept = default;

namespace {

fasttext::loss_name LossFor(const FastTextOptions& options, bool multi_label) {
  const std::string& loss = options.loss;
  if (loss == "auto") return multi_label ? fasttext::loss_name::ova : fasttext::loss_name::softmax;
  if (loss == "softmax") return fasttext::loss_name::softmax;
  if (loss == "ova") return fasttext::loss_name::ova;
  if (loss == "hs") return fasttext::loss_name::hs;
  if (loss == "ns") return fasttext::loss_name::ns;
  throw Error(ErrorCode::kUsage, "unknown loss '" + loss + "' (softmax, ova, hs, ns or auto)");
}

fasttext::Args ArgsFor(const std::string& train_file, const FastTextOptions& options,
                       bool multi_label) {
  fasttext::Args args;
  args.input = train_file;
  args.model = fasttext::model_name::sup;
  args.loss = LossFor(options, multi_label);
  args.epoch = options.epoch;
  args.lr = options.lr;
  args.dim = options.dim;
  args.wordNgrams = options.word_ngrams;
  args.minn = options.minn;
  args.maxn = options.maxn;
  args.bucket = options.bucket;
  args.minCount = options.min_count;
  args.minCountLabel = 1;
  args.thread = options.threads;
  args.seed = options.seed;
  args.verbose = 0;
  // fastText's command line drops the hash buckets when nothing is hashed; the API does not.
  if (args.wordNgrams <= 1 && args.maxn == 0) args.bucket = 0;
  return args;
}

}  // namespace

FastTextModel FastTextModel::Train(const std::string& train_file, const FastTextOptions& options,
                                   bool multi_label, const std::function<void(double)>& progress) {
  options.Validate();
  FastTextModel model;
  fasttext::Args args = ArgsFor(train_file, options, multi_label);
  fasttext::FastText::TrainCallback callback;
  if (progress) {
    callback = [&progress](float fraction, float, double, double, int64_t) {
      progress(static_cast<double>(fraction));
    };
  }
  try {
    model.impl_->fasttext.train(args, callback);
  } catch (const Error&) {
    throw;
  } catch (const std::exception& e) {
    throw Error(ErrorCode::kData, std::string("fastText training failed: ") + e.what(), train_file);
  }
  model.impl_->Refresh();
  return model;
}

FastTextModel FastTextModel::Load(const std::string& path) {
  ModelFileChecker(path).Check();
  FastTextModel model;
  try {
    model.impl_->fasttext.loadModel(path);
  } catch (const std::exception& e) {
    throw Error(ErrorCode::kData, std::string("fastText cannot load the model: ") + e.what(), path);
  }
  model.impl_->Refresh();
  return model;
}

void FastTextModel::Quantize(const std::string& train_file, const FastTextOptions& options,
                             const QuantizeOptions& quantize) {
  if (quantize.cutoff < 256) {
    // fastText's product quantizer trains 256 centroids, so it needs at least 256 rows.
    throw Error(ErrorCode::kUsage, "--quantize-cutoff must be at least 256");
  }
  fasttext::Args qargs = ArgsFor(train_file, options, one_vs_all());
  qargs.cutoff = static_cast<size_t>(std::max<int64_t>(quantize.cutoff, 0));
  qargs.retrain = quantize.retrain;
  qargs.dsub = quantize.dsub;
  qargs.qnorm = quantize.qnorm;
  qargs.qout = false;
  try {
    impl_->fasttext.quantize(qargs);
  } catch (const std::exception& e) {
    throw Error(ErrorCode::kData, std::string("fastText quantization failed: ") + e.what(),
                train_file);
  }
  impl_->Refresh();
}

void FastTextModel::Save(const std::string& path) const {
  try {
    impl_->fasttext.saveModel(path);
  } catch (const std::exception& e) {
    throw Error(ErrorCode::kIo, std::string("cannot save the model: ") + e.what(), path);
  }
  // fastText does not check its stream after writing, so a full disk leaves a cut file behind
  // silently: read the saved file back through the structural check.
  try {
    ValidateFastTextFile(path);
  } catch (const Error& e) {
    throw Error(ErrorCode::kIo, "write failed: the saved model is incomplete (" + e.message() + ")",
                path);
  }
}

const std::vector<std::string>& FastTextModel::labels() const { return impl_->labels; }
int FastTextModel::dim() const { return impl_->fasttext.getDimension(); }
bool FastTextModel::quantized() const { return impl_->fasttext.isQuant(); }
bool FastTextModel::one_vs_all() const { return impl_->one_vs_all; }

void FastTextModel::Predict(std::string_view tokens, int k, std::vector<std::pair<int, float>>& out,
                            PredictScratch& scratch) const {
  PredictImpl(tokens, k, out, scratch, /*reference=*/false);
}

void FastTextModel::PredictReference(std::string_view tokens, int k,
                                     std::vector<std::pair<int, float>>& out,
                                     PredictScratch& scratch) const {
  PredictImpl(tokens, k, out, scratch, /*reference=*/true);
}

void FastTextModel::PredictImpl(std::string_view tokens, int k,
                                std::vector<std::pair<int, float>>& out, PredictScratch& scratch,
                                bool reference) const {
  // The word ids fastText's Dictionary::getLine builds for a line: each token's id (or its
  // character n-grams), then "</s>" (the newline fastText reads), then the word n-gram hashes.
  const fasttext::Dictionary& dict = *impl_->dict;
  scratch.words.clear();
  scratch.hashes.clear();
  auto add_token = [&](const std::string& token) {
    uint32_t h = dict.hash(token);
    int32_t id = dict.getId(token, h);
    fasttext::entry_type type = id < 0 ? dict.getType(token) : dict.getType(id);
    if (type != fasttext::entry_type::word) return;  // a "__label__" token in the text
    (dict.*DictionaryAccess::kAddSubwords)(scratch.words, token, id);
    scratch.hashes.push_back(static_cast<int32_t>(h));
  };
  size_t pos = 0;
  while (pos < tokens.size()) {
    size_t end = tokens.find(' ', pos);
    if (end == std::string_view::npos) end = tokens.size();
    if (end > pos) {
      scratch.token.assign(tokens.substr(pos, end - pos));
      add_token(scratch.token);
    }
    pos = end + 1;
  }
  add_token(fasttext::Dictionary::EOS);
  (dict.*DictionaryAccess::kAddWordNgrams)(scratch.words, scratch.hashes, impl_->word_ngrams);
  out.clear();
  if (scratch.words.empty()) return;
  int32_t want = k <= 0 ? dict.nlabels() : std::min<int32_t>(k, dict.nlabels());
  scratch.heap.clear();
  if (impl_->input && !reference) {
    PredictSoftmax(*impl_->input, *impl_->output, scratch.words, want, scratch);
  } else {
    impl_->fasttext.predict(want, scratch.words, scratch.heap, 0.0);
  }
  for (const auto& [log_prob, id] : scratch.heap) out.emplace_back(id, std::exp(log_prob));
}

void ValidateFastTextFile(const std::string& path) { ModelFileChecker(path).Check(); }

}  // namespace liputan
