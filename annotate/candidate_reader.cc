#include "annotate/candidate_reader.h"

#include <algorithm>
#include <thread>

#include "classify/classify_pipeline.h"
#include "common/error.h"
#include "common/parallel_for.h"
#include "corpora/taxonomy/taxonomy.h"

namespace liputan {
namespace {

std::unique_ptr<PostSource> OpenSource(std::vector<std::string> inputs,
                                       const CandidateReadOptions& o) {
  if (o.input_format == "text")
    return OpenTextLineSource(std::move(inputs), o.on_error, o.reader.encoding);
  PostReaderOptions reader = o.reader;
  reader.format = ParseInputFormat(o.input_format);
  reader.on_error = o.on_error;
  return OpenArchiveSource(std::move(inputs), reader);
}

// The default label sets in codebook order (sektor before fungsi), then any other by name.
std::vector<std::string> OrderLabelSets(const Post& post) {
  std::vector<std::string> sets;
  for (const char* known : kDefaultLabelSets)
    if (post.predictions.count(known)) sets.push_back(known);
  for (const auto& [set, predictions] : post.predictions)
    if (!IsDefaultLabelSet(set)) sets.push_back(set);
  return sets;
}

bool HasText(const std::string& text) {
  return std::any_of(text.begin(), text.end(),
                     [](char c) { return c != ' ' && c != '\n' && c != '\t' && c != '\r'; });
}

}  // namespace

CandidateReader::CandidateReader(std::vector<std::string> inputs, const ModelBundle* bundle,
                                 CandidateReadOptions options)
    : bundle_(bundle),
      options_(std::move(options)),
      source_(OpenSource(std::move(inputs), options_)) {
  if (bundle_ == nullptr) return;
  for (const auto& set : bundle_->manifest().label_sets) label_sets_.push_back(set.name);
  label_sets_known_ = true;
}

CandidateReader::~CandidateReader() = default;

bool CandidateReader::NextPost(Post& post) {
  if (pending_.empty()) return source_->Next(post);
  post = std::move(pending_.back());
  pending_.pop_back();
  return true;
}

const std::vector<std::string>& CandidateReader::label_sets() {
  if (label_sets_known_) return label_sets_;
  label_sets_known_ = true;
  Post post;
  while (source_->Next(post)) {
    pending_.push_back(post);
    if (!HasText(post.text)) continue;
    if (post.predictions.empty()) {
      throw Error(
          ErrorCode::kUsage,
          "post " + post.id + " carries no predictions: give -m MODEL to classify the posts",
          LineLocation(post.source_file, post.source_line));
    }
    label_sets_ = OrderLabelSets(post);
    break;
  }
  std::reverse(pending_.begin(), pending_.end());  // NextPost takes from the back
  return label_sets_;
}

bool CandidateReader::HasAllPredictions(const Post& post) const {
  return std::all_of(label_sets_.begin(), label_sets_.end(),
                     [&](const std::string& set) { return post.predictions.count(set) > 0; });
}

void CandidateReader::ClassifyBatch(std::vector<Post>& batch) {
  std::vector<size_t> todo;
  for (size_t i = 0; i < batch.size(); ++i)
    if (!HasAllPredictions(batch[i])) todo.push_back(i);
  if (todo.empty()) return;
  if (bundle_ == nullptr) {
    const Post& post = batch[todo[0]];
    throw Error(ErrorCode::kData,
                "post " + post.id + " carries no predictions for " + label_sets_[0] +
                    "...: give -m MODEL to classify it",
                LineLocation(post.source_file, post.source_line));
  }
  ClassifyOptions classify;
  classify.top_k = 2;  // the runner-up gives the margin teach needs
  classify.apply_thresholds = false;
  unsigned threads = options_.threads > 0 ? static_cast<unsigned>(options_.threads)
                                          : std::max(1u, std::thread::hardware_concurrency());
  const size_t chunks = std::min<size_t>(threads, todo.size());
  // One chunk per thread, each with its own scratch space (PredictScratch is not shared).
  ParallelFor(
      chunks,
      [&](size_t chunk) {
        std::string tokens;
        PredictScratch scratch;
        std::vector<size_t> below;
        for (size_t k = chunk; k < todo.size(); k += chunks)
          ClassifyPost(*bundle_, classify, batch[todo[k]], tokens, scratch, below);
      },
      threads);
  stats_.classified += static_cast<int64_t>(todo.size());
}

void CandidateReader::ReadAll(const std::function<void(Candidate)>& sink) {
  label_sets();
  std::vector<Post> batch;
  Post post;
  auto flush = [&] {
    ClassifyBatch(batch);
    for (const Post& p : batch) sink(MakeCandidate(p, label_sets_));
    stats_.posts += static_cast<int64_t>(batch.size());
    batch.clear();
  };
  while (NextPost(post)) {
    if (!HasText(post.text)) {
      ++stats_.empty_text;
      continue;
    }
    batch.push_back(std::move(post));
    post = Post();
    if (batch.size() >= options_.batch_size) flush();
  }
  flush();
}

}  // namespace liputan
