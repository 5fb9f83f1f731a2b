#include "report/state_reader.h"

#include <algorithm>
#include <functional>
#include <nlohmann/json.hpp>
#include <optional>

#include "common/error.h"
#include "report/agency_data.h"
#include "report/calendar.h"
#include "report/month_tally.h"
#include "report/post_key.h"
#include "report/state_format.h"

namespace liputan::report {

namespace {

using nlohmann::json;

std::optional<int64_t> OptionalFrom(const json& j) {
  return j.is_null() ? std::nullopt : std::optional<int64_t>(j.get<int64_t>());
}

AggregationOptions OptionsFromJson(const json& j) {
  AggregationOptions o;
  o.from = OptionalFrom(j.at("from"));
  o.to = OptionalFrom(j.at("to"));
  o.exclude_retweets = j.at("exclude_retweets").get<bool>();
  o.engagement_freeze_days = j.at("engagement_freeze_days").get<int>();
  o.response_window_hours = j.at("response_window_hours").get<int>();
  const auto sets = j.find("label_sets");  // absent: the defaults (state_writer.cc)
  if (sets != j.end()) o.label_sets = sets->get<std::array<std::string, 2>>();
  return o;
}

InputCounters CountersFromJson(const json& j) {
  InputCounters c;
  c.records = j.at("records").get<int64_t>();
  c.agency_posts = j.at("agency_posts").get<int64_t>();
  c.vertical_posts = j.at("vertical_posts").get<int64_t>();
  c.outside_posts = j.at("outside_posts").get<int64_t>();
  c.inbound_posts = j.at("inbound_posts").get<int64_t>();
  c.out_of_range = j.at("out_of_range").get<int64_t>();
  c.retweets_excluded = j.at("retweets_excluded").get<int64_t>();
  c.first_post = OptionalFrom(j.at("first_post"));
  c.last_post = OptionalFrom(j.at("last_post"));
  // The report has a period per month from first_post to last_post: a hostile range (year 2277,
  // found by report_state_fuzz) would make thousands. Aggregation only ever writes a range that
  // runs forwards inside the dates Add() accepts.
  for (const auto& t : {c.first_post, c.last_post}) {
    if (t && (*t < 0 || *t >= kLatestPostDate)) {
      throw Error(ErrorCode::kData, "malformed report state: a post date outside 1970-2099");
    }
  }
  if (c.first_post.has_value() != c.last_post.has_value() ||
      (c.first_post && *c.first_post > *c.last_post)) {
    throw Error(ErrorCode::kData, "malformed report state: first_post is after last_post");
  }
  return c;
}

// A registry agency named in a state: it must be a local one (the fingerprint matched).
int LocalIndex(const AgencyRegistry& registry, const std::string& handle) {
  const int index = registry.Find(handle);
  if (!registry.IsLocal(index))
    throw Error(ErrorCode::kData, "\"" + handle + "\" is not a local agency of the registry");
  return index;
}

int64_t MonthKey(const std::string& month) {
  try {
    return MonthIndexOfName(month);
  } catch (const Error&) {
    throw Error(ErrorCode::kData, "bad month \"" + month + "\" (expected YYYY-MM)");
  }
}

// One example of a state: [id, created_at, probability (fixed point), text].
PostExample ExampleFromJson(const json& e) {
  if (!e.is_array() || e.size() != 4)
    throw Error(ErrorCode::kData, "an example is not [id, created_at, probability, text]");
  PostExample example{e.at(0).get<std::string>(), e.at(1).get<int64_t>(), e.at(2).get<int64_t>(),
                      e.at(3).get<std::string>()};
  if (example.id.empty()) throw Error(ErrorCode::kData, "an example without an id");
  if (example.probability < 0 || example.probability > static_cast<int64_t>(kProbabilityScale))
    throw Error(ErrorCode::kData, "an example's probability is outside 0..1");
  return example;
}

// Every number in a state is an integer (counts, fixed-point sums, timestamps). A float where an
// integer is read would be cast to int64 by nlohmann, which is undefined out of range (1e300:
// found by report_state_fuzz), so any float refuses the whole state before it is read.
void RequireIntegers(const json& j, const std::string& name) {
  if (j.is_number_float()) {
    throw Error(ErrorCode::kData, "malformed report state: a number that is not an integer", name);
  }
  if (j.is_structured()) {
    for (const auto& child : j) RequireIntegers(child, name);
  }
}

// The label sets a state's options name (the defaults when absent or malformed: Rest() then
// refuses the malformed ones).
std::array<std::string, 2> StateLabelSets(const json& j) {
  std::array<std::string, 2> sets = AggregationOptions{}.label_sets;
  const auto options = j.find("options");
  if (options == j.end() || !options->is_object()) return sets;
  const auto given = options->find("label_sets");
  if (given == options->end() || !given->is_array() || given->size() != 2) return sets;
  for (size_t s = 0; s < 2; ++s) {
    if ((*given)[s].is_string()) sets[s] = (*given)[s].get<std::string>();
  }
  return sets;
}

// The header: format, version, registry fingerprint, label sets.
void CheckHeader(const json& j, const AgencyRegistry& registry, const std::string& name,
                 const std::array<std::string, 2>& label_sets) {
  // Fields of the wrong type read as absent (json::value() would throw a type error instead).
  auto text = [&](const char* key) {
    auto it = j.find(key);
    return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
  };
  if (!j.is_object() || text("format") != kStateFormat) {
    throw Error(
        ErrorCode::kData,
        "not a liputan report state (\"format\" is not \"" + std::string(kStateFormat) + "\")",
        name);
  }
  auto version = j.find("version");
  if (version == j.end() || !version->is_number_integer() ||
      version->get<int64_t>() != kStateVersion) {
    throw Error(ErrorCode::kData, "unsupported report state version", name);
  }
  if (text("registry_fingerprint") != registry.Fingerprint()) {
    throw Error(ErrorCode::kData,
                "state was built with another agency registry (fingerprint differs)", name);
  }
  const std::array<std::string, 2> sets = StateLabelSets(j);
  if (sets != label_sets) {
    throw Error(ErrorCode::kData,
                "state tallies the label sets \"" + sets[0] + "\" and \"" + sets[1] +
                    "\", not this report's \"" + label_sets[0] + "\" and \"" + label_sets[1] +
                    "\" (--label-sets)",
                name);
  }
}

}  // namespace

// Reads the parts of a state into it: a friend of ReportState, the one place outside
// aggregation that fills its tables and tallies.
class StateReader {
 public:
  StateReader(ReportState& state, const std::string& name) : state_(state), name_(name) {}

  // Parses `text`, reading each agency-month, edge, inbound post and reply into the state as the
  // parser reaches it; returns the rest of the tree (the header, the counters, the examples, and
  // the husks of what was read). A fault in a part read is kept for ThrowDeferred(): the header,
  // which comes last, is judged first.
  json Stream(std::string_view text);
  void ThrowDeferred() const {
    if (deferred_) throw Error(deferred_->code(), deferred_->message(), name_);
  }

  void Month(const json& j, const std::string& handle, const std::string& month);
  void Edge(const json& e);
  void Inbound(const std::string& handle, const json& p);
  void Reply(const std::string& handle, const json& r);
  // What the streaming parse left: the header, the counters, the examples, and any element of
  // an unexpected shape (refused here).
  void Rest(const json& j);

 private:
  void Examples(const json& j);
  // Reads one element with `into_state` unless a fault was already found; keeps its fault.
  void Consume(const json& element, const std::function<void()>& into_state);

  ReportState& state_;
  const std::string& name_;
  std::optional<Error> deferred_;
  std::string section_, handle_, month_;  // the keys at depths 1, 2 and 3
};

void StateReader::Month(const json& j, const std::string& handle, const std::string& month) {
  MonthTally& m = state_.Tally(LocalIndex(*state_.registry_, handle), MonthKey(month));
  std::array<NameIndex, 2>& labels = state_.labels_;
  m.posts_by_kind = j.at("posts_by_kind").get<std::array<int64_t, 4>>();
  m.content_posts = j.at("content_posts").get<int64_t>();
  m.unlabeled = j.at("unlabeled").get<int64_t>();
  auto counts = [&](const char* key, int set, LabelCounts& into, LabelCounts::Field field) {
    for (const auto& [label, value] : j.at(key).items())
      LabelCounts::Add(into.At(labels[set].Intern(label)).*field, value.get<int64_t>());
  };
  counts("sector", 0, m.sector, &LabelCounts::Entry::posts);
  counts("function", 1, m.function, &LabelCounts::Entry::posts);
  counts("sector_probability", 0, m.sector, &LabelCounts::Entry::probability);
  counts("function_probability", 1, m.function, &LabelCounts::Entry::probability);
  for (const auto& [key, value] : j.at("cross").items()) {
    const size_t tab = key.find('\t');
    if (tab == std::string::npos) throw Error(ErrorCode::kData, "cross key without a tab");
    AddCross(m.cross,
             CrossKey(labels[0].Intern(key.substr(0, tab)), labels[1].Intern(key.substr(tab + 1))),
             value.get<int64_t>());
  }
  m.engagement = EngagementTally::FromJson(j.at("engagement"));
  for (const auto& [key, h] : j.at("engagement_by_label").items()) {
    const size_t colon = key.find(':');
    const std::string set = key.substr(0, colon == std::string::npos ? 0 : colon);
    const std::array<std::string, 2>& sets = state_.options_.label_sets;
    if (colon == std::string::npos || (set != sets[0] && set != sets[1])) {
      throw Error(ErrorCode::kData,
                  "engagement label \"" + key + "\" is not " + sets[0] + ":/" + sets[1] + ":");
    }
    const int s = set == sets[0] ? 0 : 1;
    const CountHistogram histogram = CountHistogram::FromJson(h);
    AddHistogram(s == 0 ? m.sector_engagement : m.function_engagement,
                 labels[s].Intern(key.substr(colon + 1)), &histogram, 0);
  }
  m.broadcast_posts = j.at("broadcast_posts").get<int64_t>();
  m.pull_posts = j.at("pull_posts").get<int64_t>();
  m.reuse_total = j.at("reuse").at(0).get<int64_t>();
  m.reuse_internal = j.at("reuse").at(1).get<int64_t>();
  m.vertical_base = j.at("vertical").at(0).get<int64_t>();
  m.vertical_hits = j.at("vertical").at(1).get<int64_t>();
  for (const json& id : j.at("amplified_ids"))
    m.amplified_ids.Insert(PostKeyFromText(id.get<std::string>()));
  if (!j.at("followers").is_null()) {
    m.followers = std::make_pair(j.at("followers").at(0).get<int64_t>(),
                                 j.at("followers").at(1).get<int64_t>());
  }
}

void StateReader::Edge(const json& e) {
  const std::string layer = e.at(1).get<std::string>();
  auto it = std::find(kLayerNames.begin(), kLayerNames.end(), layer);
  if (it == kLayerNames.end()) throw Error(ErrorCode::kData, "unknown layer \"" + layer + "\"");
  const EdgeKey key{
      MonthKey(e.at(0).get<std::string>()), static_cast<uint32_t>(it - kLayerNames.begin()),
      state_.HandleId(e.at(2).get<std::string>()), state_.HandleId(e.at(3).get<std::string>())};
  state_.edges_[key] += e.at(4).get<int64_t>();
}

void StateReader::Inbound(const std::string& handle, const json& p) {
  state_.agencies_[static_cast<size_t>(LocalIndex(*state_.registry_, handle))].inbound.push_back(
      {PostKeyFromText(p.at(0).get<std::string>()), p.at(1).get<int64_t>(),
       state_.HandleId(p.at(2).get<std::string>())});
}

void StateReader::Reply(const std::string& handle, const json& r) {
  state_.agencies_[static_cast<size_t>(LocalIndex(*state_.registry_, handle))].replies.push_back(
      {PostKeyFromText(r.at(0).get<std::string>()), r.at(1).get<int64_t>()});
}

// A state written before examples were kept has none, and keeps none when merged (K = 0).
void StateReader::Examples(const json& j) {
  const int64_t k = j.at("per_label").get<int64_t>();
  if (k < 0 || k > kMaxExamplesPerLabel)
    throw Error(ErrorCode::kData,
                "examples.per_label is not between 0 and " + std::to_string(kMaxExamplesPerLabel));
  state_.examples_per_label_ = static_cast<int>(k);
  for (const auto& [handle, sets] : j.at("agencies").items()) {
    AgencyData& data = state_.agencies_[static_cast<size_t>(LocalIndex(*state_.registry_, handle))];
    for (const auto& [set, labels] : sets.items()) {
      const std::array<std::string, 2>& sets = state_.options_.label_sets;
      const auto known = std::find(sets.begin(), sets.end(), set);
      if (known == sets.end())
        throw Error(ErrorCode::kData, "examples of an unknown label set \"" + set + "\"");
      const size_t s = static_cast<size_t>(known - sets.begin());
      for (const auto& [label, list] : labels.items()) {
        const uint32_t id = state_.labels_[s].Intern(label);
        if (data.examples[s].size() <= id) data.examples[s].resize(id + 1);
        for (const json& e : list)
          data.examples[s][id].Insert(ExampleFromJson(e), static_cast<size_t>(k));
      }
    }
  }
}

void StateReader::Rest(const json& j) {
  state_.options_ = OptionsFromJson(j.at("options"));
  state_.counters_ = CountersFromJson(j.at("counters"));
  for (const auto& [handle, months] : j.at("agencies").items()) {
    LocalIndex(*state_.registry_, handle);  // even with no months left
    for (const auto& [month, m] : months.items()) Month(m, handle, month);
  }
  for (const json& e : j.at("edges")) Edge(e);
  for (const auto& [handle, list] : j.at("inbound").items()) {
    for (const json& p : list) Inbound(handle, p);
  }
  for (const auto& [handle, list] : j.at("replies").items()) {
    for (const json& r : list) Reply(handle, r);
  }
  for (const AgencyData& data : state_.agencies_) {
    state_.CompactInbound(data);
    state_.CompactReplies(data);
  }
  const auto examples = j.find("examples");
  if (examples != j.end()) {
    Examples(*examples);
  } else {
    state_.examples_per_label_ = 0;
  }
}

void StateReader::Consume(const json& element, const std::function<void()>& into_state) {
  if (deferred_) return;
  try {
    RequireIntegers(element, name_);
    into_state();
  } catch (const json::exception& e) {
    deferred_.emplace(ErrorCode::kData, std::string("malformed report state: ") + e.what());
  } catch (const Error& e) {
    deferred_ = e;
  }
}

json StateReader::Stream(std::string_view text) {
  using Event = json::parse_event_t;
  // Returning false drops the element just read from the tree (leaving an empty container); an
  // element of another shape stays for Rest(), which refuses it.
  const json::parser_callback_t consume = [this](int depth, Event event, json& parsed) {
    if (event == Event::key) {
      if (depth >= 1 && depth <= 3)
        (depth == 1 ? section_ : depth == 2 ? handle_ : month_) = parsed.get<std::string>();
      return true;
    }
    if (section_ == "agencies" && event == Event::object_end && depth == 3) {
      Consume(parsed, [&] { Month(parsed, handle_, month_); });
      return false;
    }
    if (section_ == "edges" && event == Event::array_end && depth == 2) {
      Consume(parsed, [&] { Edge(parsed); });
      return false;
    }
    const bool inbound = section_ == "inbound";
    if ((inbound || section_ == "replies") && event == Event::array_end && depth == 3) {
      Consume(parsed, [&] { inbound ? Inbound(handle_, parsed) : Reply(handle_, parsed); });
      return false;
    }
    return true;
  };
  try {
    return json::parse(text.begin(), text.end(), consume);
  } catch (const json::exception& e) {
    throw Error(ErrorCode::kData, std::string("not valid JSON: ") + e.what(), name_);
  }
}

ReportState ReadState(std::string_view text, const AgencyRegistry& registry,
                      const std::string& name, const std::array<std::string, 2>& label_sets) {
  // The options are read with the header, at the end; the months read before it need the label
  // sets, which the header must then name.
  AggregationOptions options;
  options.label_sets = label_sets;
  ReportState state(registry, options);
  StateReader reader(state, name);
  const json rest = reader.Stream(text);
  RequireIntegers(rest, name);
  CheckHeader(rest, registry, name, label_sets);
  reader.ThrowDeferred();
  try {
    reader.Rest(rest);
    return state;
  } catch (const json::exception& e) {
    throw Error(ErrorCode::kData, std::string("malformed report state: ") + e.what(), name);
  } catch (const Error& e) {
    throw Error(e.code(), e.message(), name);
  }
}

}  // namespace liputan::report
