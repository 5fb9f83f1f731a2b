// liputan._liputan: the Python binding of the public C++ API (include/liputan/, docs/python.md).
// It uses only the public headers, so it links libliputan like any other program. Posts cross the
// boundary as plain dicts (the fields of liputan::Post), so pandas, Dask and JSON take them as
// they are.
#include <liputan/liputan.h>
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <fstream>
#include <map>
#include <memory>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

namespace py = pybind11;

namespace {

// --- errors -----------------------------------------------------------------------------------
// One Python class per ErrorCode, all under LiputanError, each instance with .code (the CLI's
// exit code) and .location ("file:line"), so a script can tell bad data from a missing file.
struct ErrorClasses {
  PyObject* base = nullptr;
  std::map<liputan::ErrorCode, PyObject*> by_code;
};
ErrorClasses& Errors() {
  static ErrorClasses classes;  // created once at import; lives as long as the module
  return classes;
}

void RegisterErrors(py::module_& m) {
  ErrorClasses& e = Errors();
  e.base = PyErr_NewExceptionWithDoc(
      "liputan.LiputanError",
      "What liputan raises: .code is the class (the CLI's exit code), .location the subject "
      "(file:line), .message the text without it.",
      PyExc_RuntimeError, nullptr);
  m.add_object("LiputanError", py::handle(e.base));
  const struct {
    liputan::ErrorCode code;
    const char* name;
    PyObject* also;  // a builtin base too, so `except FileNotFoundError` catches a missing input
    const char* doc;
  } kinds[] = {
      {liputan::ErrorCode::kUsage, "UsageError", PyExc_ValueError, "code 64: called wrongly"},
      {liputan::ErrorCode::kData, "DataError", PyExc_ValueError, "code 65: malformed input"},
      {liputan::ErrorCode::kNoInput, "NoInputError", PyExc_FileNotFoundError,
       "code 66: an input is missing or unreadable"},
      {liputan::ErrorCode::kInternal, "InternalError", nullptr, "code 70: a bug"},
      {liputan::ErrorCode::kIo, "IoError", PyExc_OSError, "code 74: reading or writing failed"},
  };
  for (const auto& kind : kinds) {
    py::tuple bases = kind.also ? py::make_tuple(py::handle(e.base), py::handle(kind.also))
                                : py::make_tuple(py::handle(e.base));
    PyObject* cls = PyErr_NewExceptionWithDoc((std::string("liputan.") + kind.name).c_str(),
                                              kind.doc, bases.ptr(), nullptr);
    e.by_code[kind.code] = cls;
    m.add_object(kind.name, py::handle(cls));
  }
  py::register_exception_translator([](std::exception_ptr p) {
    try {
      if (p) std::rethrow_exception(p);
    } catch (const liputan::Error& error) {
      ErrorClasses& classes = Errors();
      auto it = classes.by_code.find(error.code());
      PyObject* cls = it == classes.by_code.end() ? classes.base : it->second;
      py::object instance =
          py::reinterpret_steal<py::object>(PyObject_CallFunction(cls, "s", error.what()));
      if (!instance) return;  // the call set its own exception
      instance.attr("code") = static_cast<int>(error.code());
      instance.attr("location") = error.location();
      instance.attr("message") = error.message();
      PyErr_SetObject(cls, instance.ptr());
    }
  });
}

// --- posts as dicts ---------------------------------------------------------------------------
template <typename T>
py::object Optional(const std::optional<T>& value) {
  return value ? py::cast(*value) : py::none();
}

py::dict PredictionsDict(const std::map<std::string, std::vector<liputan::Prediction>>& sets) {
  py::dict out;
  for (const auto& [set, list] : sets) {
    py::list labels;
    for (const auto& p : list) labels.append(py::make_tuple(p.label, p.probability));
    out[py::str(set)] = labels;
  }
  return out;
}

py::dict PostDict(const liputan::Post& p) {
  py::dict d;
  d["id"] = p.id;
  d["author_id"] = p.author_id;
  d["author_handle"] = p.author_handle;
  d["author_name"] = p.author_name;
  d["author_followers"] = Optional(p.author_followers);
  d["observed_at"] = Optional(p.observed_at);
  d["created_at"] = p.created_at;
  d["lang"] = p.lang;
  d["text"] = p.text;
  d["kind"] = std::string(liputan::PostKindName(p.kind));
  d["replied_to_id"] = p.replied_to_id;
  d["replied_to_handle"] = p.replied_to_handle;
  d["retweeted_id"] = p.retweeted_id;
  d["retweeted_handle"] = p.retweeted_handle;
  d["quoted_id"] = p.quoted_id;
  d["quoted_handle"] = p.quoted_handle;
  d["mentions"] = p.mentions;
  d["hashtags"] = p.hashtags;
  d["urls"] = p.urls;
  d["likes"] = Optional(p.metrics.likes);
  d["retweets"] = Optional(p.metrics.retweets);
  d["replies"] = Optional(p.metrics.replies);
  d["quotes"] = Optional(p.metrics.quotes);
  d["impressions"] = Optional(p.metrics.impressions);
  d["predictions"] = PredictionsDict(p.predictions);
  d["true_labels"] = p.true_labels;
  d["token_count"] = p.token_count;
  d["source_file"] = p.source_file;
  d["source_line"] = p.source_line;
  return d;
}

template <typename T>
void Get(const py::dict& d, const char* key, T& out) {
  if (d.contains(key) && !d[key].is_none()) out = d[key].cast<T>();
}

// The inverse of PostDict; missing keys keep Post's defaults. A dict of the wrong shape raises
// TypeError (pybind11's cast error) naming nothing better than the type, hence the key in front.
liputan::Post PostFromDict(const py::handle& handle) {
  if (!py::isinstance<py::dict>(handle))
    throw py::type_error("a post is a dict (as read_archive yields), not " +
                         std::string(py::str(handle.get_type().attr("__name__"))));
  const py::dict d = py::reinterpret_borrow<py::dict>(handle);
  liputan::Post p;
  Get(d, "id", p.id);
  Get(d, "author_id", p.author_id);
  Get(d, "author_handle", p.author_handle);
  Get(d, "author_name", p.author_name);
  Get(d, "author_followers", p.author_followers);
  Get(d, "observed_at", p.observed_at);
  Get(d, "created_at", p.created_at);
  Get(d, "lang", p.lang);
  Get(d, "text", p.text);
  std::string kind = "original";
  Get(d, "kind", kind);
  const auto parsed = liputan::ParsePostKind(kind);
  if (!parsed)
    throw liputan::Error(liputan::ErrorCode::kUsage, "unknown post kind \"" + kind + "\"");
  p.kind = *parsed;
  Get(d, "replied_to_id", p.replied_to_id);
  Get(d, "replied_to_handle", p.replied_to_handle);
  Get(d, "retweeted_id", p.retweeted_id);
  Get(d, "retweeted_handle", p.retweeted_handle);
  Get(d, "quoted_id", p.quoted_id);
  Get(d, "quoted_handle", p.quoted_handle);
  Get(d, "mentions", p.mentions);
  Get(d, "hashtags", p.hashtags);
  Get(d, "urls", p.urls);
  Get(d, "likes", p.metrics.likes);
  Get(d, "retweets", p.metrics.retweets);
  Get(d, "replies", p.metrics.replies);
  Get(d, "quotes", p.metrics.quotes);
  Get(d, "impressions", p.metrics.impressions);
  if (d.contains("predictions") && !d["predictions"].is_none()) {
    for (const auto& [set, labels] : d["predictions"].cast<py::dict>()) {
      auto& list = p.predictions[set.cast<std::string>()];
      for (const auto& item : labels) {
        const auto pair = item.cast<std::pair<std::string, double>>();
        list.push_back({pair.first, pair.second});
      }
    }
  }
  Get(d, "true_labels", p.true_labels);
  Get(d, "token_count", p.token_count);
  Get(d, "source_file", p.source_file);
  Get(d, "source_line", p.source_line);
  return p;
}

// --- archives ---------------------------------------------------------------------------------
class Archive {
 public:
  Archive(std::vector<std::string> paths, liputan::ArchiveReaderOptions options)
      : reader_(std::move(paths), options) {}

  py::object Next() {
    liputan::Post post;
    bool more;
    {
      py::gil_scoped_release release;  // reading and decompressing need no Python
      more = reader_.Next(post);
    }
    if (!more) throw py::stop_iteration();
    return PostDict(post);
  }

  // The remaining posts as a pandas DataFrame, one row per post, the dict's keys as columns.
  py::object ToPandas() {
    py::list rows;
    for (;;) {
      try {
        rows.append(Next());
      } catch (const py::stop_iteration&) {
        break;
      }
    }
    py::object pandas = py::module_::import("pandas");
    py::list columns;
    for (const auto& [key, value] : PostDict(liputan::Post{})) columns.append(key);
    return pandas.attr("DataFrame").attr("from_records")(rows, py::arg("columns") = columns);
  }

  liputan::ArchiveReader& reader() { return reader_; }

 private:
  liputan::ArchiveReader reader_;
};

// --- model ------------------------------------------------------------------------------------
// A loaded bundle and the classifiers of the k asked for so far (top_k is fixed at load in the
// C++ API; the second load of a bundle is cheap next to classifying a batch).
class Model {
 public:
  Model(std::string path, int top_k, bool apply_thresholds)
      : path_(std::move(path)), top_k_(top_k), apply_thresholds_(apply_thresholds) {
    For(top_k_);
  }

  const liputan::Classifier& For(int k) {
    auto it = classifiers_.find(k);
    if (it == classifiers_.end()) {
      liputan::ClassifierOptions options;
      options.top_k = k;
      options.apply_thresholds = apply_thresholds_;
      it = classifiers_.emplace(k, liputan::Classifier::Load(path_, options)).first;
    }
    return it->second;
  }

  py::object Predict(const py::object& input, std::optional<int> k, int threads) {
    const liputan::Classifier& classifier = For(k.value_or(top_k_));
    const bool single = py::isinstance<py::str>(input) || py::isinstance<py::dict>(input);
    std::vector<std::string> texts;
    auto text_of = [](const py::handle& item) {
      if (py::isinstance<py::dict>(item)) {
        const py::dict post = py::reinterpret_borrow<py::dict>(item);
        return post.contains("text") ? post["text"].cast<std::string>() : std::string();
      }
      return item.cast<std::string>();
    };
    if (single) {
      texts.push_back(text_of(input));
    } else {
      for (const auto& item : input) texts.push_back(text_of(item));
    }
    std::vector<liputan::Predictions> results;
    {
      py::gil_scoped_release release;  // other Python threads run while the batch is classified
      results = classifier.Classify(std::span<const std::string>(texts), threads);
    }
    py::list out;
    for (const auto& r : results) out.append(PredictionsDict(r.label_sets));
    return single ? out[0] : py::object(out);
  }

  const std::string& path() const { return path_; }
  std::vector<std::string> label_sets() { return For(top_k_).label_sets(); }
  std::vector<std::string> labels(const std::string& set) { return For(top_k_).labels(set); }

 private:
  std::string path_;
  int top_k_;
  bool apply_thresholds_;
  std::map<int, liputan::Classifier> classifiers_;
};

// --- report -----------------------------------------------------------------------------------
// The sector and function label sets of a report (ReportOptions::sector_set, function_set).
using LabelSets = std::pair<std::string, std::string>;
const LabelSets kDefaultLabelSets{"sektor", "fungsi"};

class Report {
 public:
  Report(std::string agencies, LabelSets sets)
      : agencies_(agencies), sets_(std::move(sets)), state_(agencies, sets_.first, sets_.second) {}
  Report(std::string agencies, LabelSets sets, liputan::ReportAggregate state)
      : agencies_(std::move(agencies)), sets_(std::move(sets)), state_(std::move(state)) {}
  // A state's text, read for these label sets.
  static Report FromState(const std::string& agencies, const std::string& text,
                          const std::string& name, const LabelSets& sets) {
    return Report(
        agencies, sets,
        liputan::ReportAggregate::FromStateText(agencies, text, name, sets.first, sets.second));
  }

  void AddPosts(const py::iterable& posts) {
    for (const auto& item : posts) state_.Add(PostFromDict(item));
  }
  long long AddFiles(const std::vector<std::string>& paths) {
    py::gil_scoped_release release;
    return state_.AddFiles(paths);
  }
  void Merge(const Report& other) { state_.Merge(other.state_); }
  std::string State() const { return state_.StateText(); }
  std::vector<std::string> Write(const std::string& output_dir,
                                 const std::vector<std::string>& formats, const std::string& lang,
                                 const std::string& period) const {
    liputan::ReportOptions options;
    options.output_dir = output_dir;
    options.formats = formats;
    options.lang = lang;
    options.period = period;
    py::gil_scoped_release release;
    return state_.Write(options);
  }
  const std::string& agencies() const { return agencies_; }
  const LabelSets& label_sets() const { return sets_; }

 private:
  std::string agencies_;
  LabelSets sets_;
  liputan::ReportAggregate state_;
};

std::string ReadText(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw liputan::Error(liputan::ErrorCode::kNoInput, "cannot open file", path);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

std::vector<std::string> Paths(const py::object& paths) {
  if (py::isinstance<py::str>(paths) || py::hasattr(paths, "__fspath__"))
    return {py::str(paths).cast<std::string>()};
  std::vector<std::string> out;
  for (const auto& p : paths) out.push_back(py::str(p).cast<std::string>());
  return out;
}

}  // namespace

PYBIND11_MODULE(_liputan, m) {
  m.doc() = "liputan: Indonesian tweet tokenizer, archive readers, fastText models and reports.";
  m.attr("__version__") = liputan::LibraryVersion();
  RegisterErrors(m);

  py::class_<liputan::Token>(m, "Token", "One token: text, type name, byte offsets [begin, end).")
      .def_readonly("text", &liputan::Token::text)
      .def_property_readonly(
          "type",
          [](const liputan::Token& t) { return std::string(liputan::TokenTypeName(t.type)); })
      .def_readonly("begin", &liputan::Token::begin)
      .def_readonly("end", &liputan::Token::end)
      .def("__eq__",
           [](const liputan::Token& a, const liputan::Token& b) {
             return a.text == b.text && a.type == b.type && a.begin == b.begin && a.end == b.end;
           })
      .def("__repr__", [](const liputan::Token& t) {
        return "Token(" + std::string(py::repr(py::str(t.text))) + ", '" +
               std::string(liputan::TokenTypeName(t.type)) + "', " + std::to_string(t.begin) +
               ", " + std::to_string(t.end) + ")";
      });

  py::class_<liputan::Tokenizer>(m, "Tokenizer",
                                 "The Indonesian tweet tokenizer (docs/tokenizer.md).")
      .def(py::init([](bool preserve, bool split_clitics, bool drop_stopwords, bool stem,
                       bool drop_punctuation, const std::string& invalid_utf8) {
             liputan::TokenizerOptions o;
             o.preserve = preserve;
             o.split_clitics = split_clitics;
             o.drop_stopwords = drop_stopwords;
             o.stem = stem;
             o.drop_punctuation = drop_punctuation;
             if (invalid_utf8 == "reject") {
               o.invalid_utf8 = liputan::InvalidUtf8Policy::kReject;
             } else if (invalid_utf8 != "replace") {
               throw liputan::Error(liputan::ErrorCode::kUsage,
                                    "invalid_utf8 must be \"replace\" or \"reject\"");
             }
             return liputan::Tokenizer(o);
           }),
           py::kw_only(), py::arg("preserve") = false, py::arg("split_clitics") = false,
           py::arg("drop_stopwords") = false, py::arg("stem") = false,
           py::arg("drop_punctuation") = false, py::arg("invalid_utf8") = "replace")
      .def(
          "tokenize",
          [](const liputan::Tokenizer& t, const std::string& text) { return t.Tokenize(text); },
          py::arg("text"), "The tokens of one line of text.")
      .def(
          "words",
          [](const liputan::Tokenizer& t, const std::string& text) {
            std::string joined;
            t.TokenizeToString(text, joined);
            return joined;
          },
          py::arg("text"), "The tokens' texts joined by spaces (what a model sees).")
      .def("explain", &liputan::Tokenizer::Explain, py::arg("text"),
           "A human-readable trace of every stage.");

  m.def(
      "stem", [](const std::string& word) { return liputan::Stemmer::Default().Stem(word); },
      py::arg("word"), "The Indonesian root of a word (\"menemukan\" -> \"temu\").");
  m.def("default_model_path", &liputan::DefaultModelPath,
        "The default model bundle's folder (sektor, fungsi).");

  py::class_<Model>(m, "Model", "A loaded model bundle (NAME.liputan/).")
      .def_static(
          "load",
          [](std::optional<std::string> path, int top_k, bool apply_thresholds) {
            return Model(path ? *path : liputan::DefaultModelPath(), top_k, apply_thresholds);
          },
          py::arg("path") = py::none(), py::kw_only(), py::arg("top_k") = 1,
          py::arg("apply_thresholds") = true,
          "Loads a bundle, the default model without a path. apply_thresholds=False keeps top_k "
          "labels of every set (as `liputan classify --thresholds ignore`).")
      .def("predict", &Model::Predict, py::arg("texts"), py::arg("k") = py::none(),
           py::arg("threads") = 0,
           "Predictions for a text or post dict (one dict) or a sequence of them (a list): label "
           "set -> [(label, probability), ...], best first. The batch runs on `threads` threads "
           "(0 = all cores) without the GIL.")
      .def_property_readonly("path", &Model::path)
      .def_property_readonly("label_sets", &Model::label_sets)
      .def("labels", &Model::labels, py::arg("label_set"));

  m.def(
      "train",
      [](const py::object& examples, const std::string& output_dir, int epoch, double lr, int dim,
         int word_ngrams, int threads, int seed, bool quantize, int cv_folds,
         const std::string& text_field, const std::vector<std::string>& label_fields) {
        std::vector<liputan::LabeledText> data;
        if (py::isinstance<py::str>(examples) || py::hasattr(examples, "__fspath__")) {
          data = liputan::ReadLabeledFile(py::str(examples), text_field, label_fields);
        } else {
          for (const auto& item : examples) {
            const auto pair = item.cast<
                std::pair<std::string, std::map<std::string, std::vector<std::string>>>>();
            data.push_back({pair.first, pair.second});
          }
        }
        liputan::TrainingOptions o;
        o.epoch = epoch;
        o.lr = lr;
        o.dim = dim;
        o.word_ngrams = word_ngrams;
        o.threads = threads;
        o.seed = seed;
        o.quantize = quantize;
        o.cv_folds = cv_folds;
        {
          py::gil_scoped_release release;
          liputan::TrainModel(data, o, output_dir);
        }
        return Model(output_dir, 1, true);
      },
      py::arg("examples"), py::arg("output_dir"), py::kw_only(), py::arg("epoch") = 50,
      py::arg("lr") = 1.0, py::arg("dim") = 50, py::arg("word_ngrams") = 2, py::arg("threads") = 1,
      py::arg("seed") = 1, py::arg("quantize") = false, py::arg("cv_folds") = 0,
      py::arg("text_field") = "text", py::arg("label_fields") = std::vector<std::string>{},
      "Trains a bundle into output_dir from a labeled file or (text, {label_set: [labels]}) "
      "pairs; returns it loaded.");

  py::class_<Archive>(m, "Archive", "The posts of tweet archives, as dicts, one at a time.")
      .def("__iter__", [](Archive& a) -> Archive& { return a; })
      .def("__next__", &Archive::Next)
      .def("to_pandas", &Archive::ToPandas, "The remaining posts as a pandas DataFrame.")
      .def_property_readonly("posts", [](Archive& a) { return a.reader().posts(); })
      .def_property_readonly("bad_records", [](Archive& a) { return a.reader().bad_records(); })
      .def_property_readonly("duplicates", [](Archive& a) { return a.reader().duplicates(); })
      .def_property_readonly("diagnostics", [](Archive& a) { return a.reader().diagnostics(); });

  m.def(
      "read_archive",
      [](const py::object& paths, const std::string& format, bool skip_bad_records,
         bool drop_duplicates) {
        liputan::ArchiveReaderOptions o;
        o.format = format;
        o.skip_bad_records = skip_bad_records;
        o.drop_duplicates = drop_duplicates;
        return std::make_unique<Archive>(Paths(paths), o);
      },
      py::arg("paths"), py::kw_only(), py::arg("format") = "auto",
      py::arg("skip_bad_records") = true, py::arg("drop_duplicates") = true,
      "Reads twarc2/v1.1/tweets.js/CSV/liputan archives (compressed or not). With "
      "skip_bad_records=False the first bad record raises DataError (.location = file:line).");

  py::class_<Report>(m, "Report",
                     "The mergeable aggregation state of `liputan report` over an agency "
                     "registry: add posts, merge states, write the report files.")
      .def(py::init<std::string, LabelSets>(), py::arg("agencies"), py::kw_only(),
           py::arg("label_sets") = kDefaultLabelSets,
           "label_sets: the (sector, function) label sets of the posts' predictions.")
      .def_static(
          "from_posts",
          [](const std::string& agencies, const py::iterable& posts, const LabelSets& sets) {
            auto r = std::make_unique<Report>(agencies, sets);
            r->AddPosts(posts);
            return r;
          },
          py::arg("agencies"), py::arg("posts"), py::kw_only(),
          py::arg("label_sets") = kDefaultLabelSets)
      .def_static(
          "from_files",
          [](const std::string& agencies, const py::object& paths, const LabelSets& sets) {
            auto r = std::make_unique<Report>(agencies, sets);
            r->AddFiles(Paths(paths));
            return r;
          },
          py::arg("agencies"), py::arg("paths"), py::kw_only(),
          py::arg("label_sets") = kDefaultLabelSets,
          "From classified JSONL (`liputan classify` output) or any archive.")
      .def_static(
          "from_state",
          [](const std::string& agencies, const std::string& text, const std::string& name,
             const LabelSets& sets) {
            return std::make_unique<Report>(Report::FromState(agencies, text, name, sets));
          },
          py::arg("agencies"), py::arg("state"), py::arg("name") = "state", py::kw_only(),
          py::arg("label_sets") = kDefaultLabelSets,
          "From a state's text (Report.state() or `liputan report --emit-state`).")
      .def_static(
          "from_states",
          [](const std::string& agencies, const py::object& paths, const LabelSets& sets) {
            std::unique_ptr<Report> merged;
            for (const std::string& path : Paths(paths)) {
              Report part = Report::FromState(agencies, ReadText(path), path, sets);
              if (!merged) {
                merged = std::make_unique<Report>(std::move(part));
              } else {
                merged->Merge(part);
              }
            }
            if (!merged) throw liputan::Error(liputan::ErrorCode::kUsage, "no state files");
            return merged;
          },
          py::arg("agencies"), py::arg("paths"), py::kw_only(),
          py::arg("label_sets") = kDefaultLabelSets, "Merges state files (--emit-state output).")
      .def("add", &Report::AddPosts, py::arg("posts"), "Adds post dicts (with predictions).")
      .def("add_files", &Report::AddFiles, py::arg("paths"))
      .def(
          "merge",
          [](Report& self, const Report& other) -> Report& {
            self.Merge(other);
            return self;
          },
          py::arg("other"), py::return_value_policy::reference_internal,
          "Adds another state's posts to this one; returns self.")
      .def("state", &Report::State, "The state's text, as `--emit-state` writes it.")
      .def("write", &Report::Write, py::arg("output_dir"),
           py::arg("formats") = std::vector<std::string>{"json", "md"}, py::kw_only(),
           py::arg("lang") = "id", py::arg("period") = "month",
           "Writes the report files (json, csv, md, html, xlsx, gexf, graphml); returns paths.")
      .def_property_readonly("agencies", &Report::agencies)
      .def_property_readonly("label_sets", &Report::label_sets)
      .def(py::pickle(
          [](const Report& r) { return py::make_tuple(r.agencies(), r.State(), r.label_sets()); },
          [](const py::tuple& t) {
            return Report::FromState(t[0].cast<std::string>(), t[1].cast<std::string>(),
                                     "pickled state", t[2].cast<LabelSets>());
          }));
}
