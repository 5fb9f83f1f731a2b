#include "models/fasttext_options.h"

#include <algorithm>
#include <nlohmann/json.hpp>
#include <thread>

#include "common/error.h"

namespace liputan {
namespace {

void Require(bool ok, const std::string& option, const std::string& rule) {
  if (!ok) throw Error(ErrorCode::kUsage, "--" + option + " must be " + rule);
}

}  // namespace

int FastTextOptions::DefaultThreads() {
  return static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
}

void FastTextOptions::Validate() const {
  Require(epoch >= 1 && epoch <= 10000, "epoch", "between 1 and 10000");
  Require(lr > 0 && lr <= 10, "lr", "above 0 and at most 10");
  Require(dim >= 1 && dim <= 2000, "dim", "between 1 and 2000");
  Require(word_ngrams >= 1 && word_ngrams <= 10, "word-ngrams", "between 1 and 10");
  Require(minn >= 0 && maxn >= 0 && maxn <= 20, "minn", "0..maxn with maxn at most 20");
  Require(maxn == 0 || minn <= maxn, "minn", "at most --maxn");
  Require(bucket >= 0 && bucket <= 50000000, "bucket", "between 0 and 50000000");
  Require(loss == "auto" || loss == "softmax" || loss == "ova" || loss == "hs" || loss == "ns",
          "loss", "auto, softmax, ova, hs or ns");
  Require(min_count >= 1, "min-count", "at least 1");
  Require(threads >= 1 && threads <= 1024, "threads", "between 1 and 1024");
  Require(seed >= 0, "seed", "0 or more");
}

std::string FastTextOptions::ToJson() const {
  nlohmann::ordered_json j;
  j["bucket"] = bucket;
  j["dim"] = dim;
  j["epoch"] = epoch;
  j["loss"] = loss;
  j["lr"] = lr;
  j["maxn"] = maxn;
  j["min_count"] = min_count;
  j["minn"] = minn;
  j["seed"] = seed;
  j["threads"] = threads;
  j["word_ngrams"] = word_ngrams;
  return j.dump();
}

FastTextOptions FastTextOptions::FromJson(const std::string& json) {
  FastTextOptions o;
  try {
    auto j = nlohmann::json::parse(json);
    if (!j.is_object()) throw Error(ErrorCode::kData, "fastText options must be a JSON object");
    for (const auto& [key, value] : j.items()) {
      if (key == "bucket")
        o.bucket = value.get<int>();
      else if (key == "dim")
        o.dim = value.get<int>();
      else if (key == "epoch")
        o.epoch = value.get<int>();
      else if (key == "loss")
        o.loss = value.get<std::string>();
      else if (key == "lr")
        o.lr = value.get<double>();
      else if (key == "maxn")
        o.maxn = value.get<int>();
      else if (key == "min_count")
        o.min_count = value.get<int>();
      else if (key == "minn")
        o.minn = value.get<int>();
      else if (key == "seed")
        o.seed = value.get<int>();
      else if (key == "threads")
        o.threads = value.get<int>();
      else if (key == "word_ngrams")
        o.word_ngrams = value.get<int>();
      else
        throw Error(ErrorCode::kData, "unknown fastText option '" + key + "'");
    }
    o.Validate();
  } catch (const nlohmann::json::exception& e) {
    throw Error(ErrorCode::kData, std::string("bad fastText options: ") + e.what());
  } catch (const Error& e) {
    throw Error(ErrorCode::kData, "bad fastText options: " + e.message());
  }
  return o;
}

}  // namespace liputan
