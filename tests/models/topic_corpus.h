#pragma once

// A small synthetic labeled corpus for training tiny models in tests: short Indonesian
// agency-style sentences built from per-topic word lists we wrote, drawn with a fixed seed.
#include <map>
#include <random>
#include <string>
#include <utility>
#include <vector>

#include "models/training_example.h"

namespace liputan::testing {

struct Topic {
  const char* label;
  std::vector<const char*> words;
};

inline const std::vector<Topic>& Topics() {
  static const std::vector<Topic> topics = {
      {"kesehatan",
       {"vaksinasi", "puskesmas", "posyandu", "imunisasi", "dokter", "rumah sakit", "stunting",
        "gizi", "bidan", "obat", "pasien", "demam berdarah"}},
      {"pendidikan",
       {"sekolah", "guru", "siswa", "beasiswa", "ujian", "kurikulum", "PAUD", "madrasah", "rapor",
        "perpustakaan sekolah", "murid", "pelajaran"}},
      {"bencana",
       {"banjir", "longsor", "gempa", "pengungsi", "evakuasi", "BPBD", "tanggul", "siaga",
        "relawan", "hujan deras", "posko", "kebakaran"}},
  };
  return topics;
}

// `per_label` examples per topic; each mixes three topic words with common filler words.
inline std::vector<TrainingExample> MakeTopicCorpus(int per_label, unsigned seed,
                                                    const std::string& label_set = "label") {
  static const std::vector<const char*> filler = {
      "hari ini", "warga", "kabupaten", "kami", "dinas", "info", "mohon", "di", "untuk", "yang"};
  std::mt19937 rng(seed);
  std::vector<TrainingExample> out;
  for (int i = 0; i < per_label; ++i) {
    for (const auto& topic : Topics()) {
      std::string text;
      for (int w = 0; w < 6; ++w) {
        const auto& pool = (w % 2 == 0) ? topic.words : filler;
        if (!text.empty()) text += ' ';
        text += pool[rng() % pool.size()];
      }
      out.push_back(
          {text, {{label_set, {topic.label}}}, "corpus:" + std::to_string(out.size() + 1)});
    }
  }
  return out;
}

// The topic corpus with two label sets, `sets`: each topic (kesehatan, pendidikan, bencana) gets
// the pair of labels `labels` maps it to, e.g. {"kesehatan", {"kesehatan", "info_layanan"}}.
inline std::vector<TrainingExample> MakeTwoSetCorpus(
    int per_label, unsigned seed, const std::pair<std::string, std::string>& sets,
    const std::map<std::string, std::pair<std::string, std::string>>& labels) {
  std::vector<TrainingExample> examples = MakeTopicCorpus(per_label, seed, sets.first);
  for (TrainingExample& e : examples) {
    const auto& [first, second] = labels.at(e.labels.at(sets.first).front());
    e.labels[sets.first] = {first};
    e.labels[sets.second] = {second};
  }
  return examples;
}

// The corpus in fastText format ("__label__x text" lines).
inline std::string ToFastTextLines(const std::vector<TrainingExample>& examples) {
  std::string out;
  for (const auto& e : examples) {
    for (const auto& [set, labels] : e.labels) {
      for (const auto& l : labels) out += "__label__" + l + " ";
    }
    out += e.text + "\n";
  }
  return out;
}

}  // namespace liputan::testing
