#!/usr/bin/env python3
"""Assemble the template seed corpus (corpora/seed/seed.tsv) and the sample-archive pool
(samples/pool.tsv) of the fictional Kabupaten Rancaweni.

Deterministic: the same script gives the same bytes. Run from anywhere:
    python3 tools/seed/build_seed.py
Inputs: seed_slots.py (sector content and slot lists) and handwritten.tsv (tweets written one by
one), both in this folder, and the label sets corpora/taxonomy/{sektor,fungsi}.tsv. Every tweet is
synthetic: written or composed for liputan. See README.md.
"""
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, HERE)
import seed_slots as S  # noqa: E402

SEED = 20261128
JACCARD_REJECT = 0.75  # generation margin; the test asserts < 0.8
TEST_SHARE = 0.2


def label_slugs(name):
    """The slugs of corpora/taxonomy/<name>.tsv in row order: the one statement of a label set."""
    slugs = []
    with open(os.path.join(ROOT, "corpora", "taxonomy", name + ".tsv"), encoding="utf-8") as f:
        header = None
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            cells = line.rstrip("\n").split("\t")
            if header is None:
                header = cells
            else:
                slugs.append(cells[header.index("slug")])
    return slugs


SEKTOR = label_slugs("sektor")
FUNGSI = label_slugs("fungsi")
if list(S.SECTORS) != SEKTOR:
    sys.exit("build_seed: seed_slots.SECTORS must hold the sectors of sektor.tsv, in its order")

# How many tweets to aim for per item of content, by function; the loop stops a cell when its quota
# is met or when it keeps producing near-duplicates.
PER_ITEM = {"info_layanan": 3.0, "kebijakan_program": 3.0, "edukasi_imbauan": 3.0,
            "darurat_bencana": 3.2, "kegiatan_pimpinan": 3.0, "ucapan_peringatan": 3.0,
            "dialog_partisipasi": 2.2, "promosi_daerah": 4.0, "lainnya": 3.5}
POOL_SHARE = 0.8
POOL_DIALOG = 1.2  # extra dialogue rows for the pool, composed after the split is fixed  # extra tweets composed only for the sample archives (never trained on)


URLISH = re.compile(r"^(https?://|s\.id/|bit\.ly/|rancawenikab\.go\.id)")


def tokens(text):
    """The near-duplicate rule's tokens: ASCII-lowercased runs of letters, digits and non-ASCII,
    after dropping what only decorates a tweet (links, @mentions, a leading "RT"), so that two
    tweets differing only in their link or tagged account count as near-duplicates."""
    words = [w for w in text.split() if not URLISH.match(w) and not w.startswith("@")]
    if words and words[0] == "RT":
        words = words[1:]
    low = " ".join(words).encode("utf-8").lower().decode("utf-8")
    return frozenset(re.findall(r"[0-9a-z\u0080-\U0010ffff]+", low))


def jaccard(a, b):
    if not a and not b:
        return 1.0
    return len(a & b) / len(a | b)


class Dedup:
    """Accepts a text unless it is a near-duplicate (Jaccard >= limit) of one already accepted."""

    def __init__(self, limit):
        self.limit = limit
        self.index = {}  # token -> list of accepted token sets
        self.count = 0

    def accept(self, text):
        t = tokens(text)
        if len(t) < 3:
            return False
        seen = set()
        for tok in t:
            for other in self.index.get(tok, ()):
                if id(other) in seen:
                    continue
                seen.add(id(other))
                small, big = sorted((len(t), len(other)))
                if small / big < self.limit:
                    continue
                if jaccard(t, other) >= self.limit:
                    return False
        for tok in t:
            self.index.setdefault(tok, []).append(t)
        self.count += 1
        return True


class Composer:
    """Fills frames with slot values using one seeded random generator."""

    def __init__(self, rng):
        self.r = rng

    def pick(self, xs):
        return xs[self.r.randrange(len(xs))]

    def maybe(self, p, text, other=""):
        return text if self.r.random() < p else other

    def date(self):
        d, m = self.r.randint(1, 28), self.r.randrange(12)
        style = self.r.randrange(4)
        if style == 0:
            return f"{d} {S.BULAN[m]} 2026"
        if style == 1:
            return f"{d}/{m + 1}"
        if style == 2:
            return f"{self.pick(S.HARI)}, {d} {S.BULAN[m]}"
        return f"{d:02d}-{m + 1:02d}-2026"

    def hour(self):
        return f"{self.r.randint(7, 15):02d}.{self.pick(['00', '00', '30', '15'])}"

    def rupiah(self):
        style = self.r.randrange(4)
        if style == 0:
            return f"Rp {self.r.randint(2, 95)} miliar"
        if style == 1:
            return f"Rp{self.r.randint(1, 9)},{self.r.randint(1, 9)} miliar"
        if style == 2:
            return f"Rp {self.r.randint(150, 950)} juta"
        return f"Rp {self.r.randint(10, 99)}.{self.r.randint(100, 999)}.000.000"

    def url(self):
        alnum = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"
        code = "".join(self.pick(alnum) for _ in range(self.r.randint(5, 10)))
        style = self.r.randrange(5)
        if style == 0:
            return f"https://t.co/{code}"
        if style == 1:
            return f"s.id/{code}"
        if style == 2:
            return f"https://rancawenikab.go.id/berita/{code.lower()}"
        if style == 3:
            return f"bit.ly/{code}"
        return f"https://t.co/{code}"

    def fill(self, text, sector=None):
        """Replaces {kec} {desa} {jalan} {landmark} {wisata} {n} {big} {pct} {rp} {tgl} {jam} ..."""
        def sub(match):
            key = match.group(1)
            if key in ("kec", "kec2"):
                return self.pick(S.KEC)
            if key == "desa":
                return self.pick(S.DESA)
            if key in ("jalan", "jalan2"):
                return self.pick(S.JALAN)
            if key == "landmark":
                return self.pick(S.LANDMARK)
            if key == "wisata":
                return self.pick(S.WISATA)
            if key == "n":
                return str(self.r.randint(3, 48))
            if key == "big":
                return f"{self.r.randint(1, 98)}.{self.r.randint(100, 999)}"
            if key == "pct":
                return f"{self.r.randint(12, 98)},{self.r.randint(1, 9)}"
            if key == "rp":
                return self.rupiah()
            if key == "tgl":
                return self.date()
            if key == "jam":
                return self.hour()
            return match.group(0)
        return re.sub(r"\{(\w+)\}", sub, text)

    def tags(self, sector, k_max=2):
        pool = S.SECTORS[sector]["tags"] + S.REGENCY_TAGS
        k = self.r.choice([0, 0, 1, 1, 1, 2][: 4 + k_max])
        picked = []
        for _ in range(k):
            t = self.pick(pool)
            if t not in picked:
                picked.append(t)
        return " ".join(picked)

    def citizen(self):
        name = self.pick(S.CITIZEN_FIRST)
        other = self.pick(S.CITIZEN_FIRST)
        style = self.r.randrange(3)
        if style == 0:
            return f"{name}{self.pick(S.CITIZEN_SUFFIX)}"
        if style == 1:
            return f"{name}_{other}{self.r.randint(1, 99)}"
        return f"{name}{other}{self.pick(S.CITIZEN_SUFFIX)}"


def cap(s):
    return s[:1].upper() + s[1:] if s else s


def low(s):
    # Keep acronyms (PPDB, KTP-el) and proper names at the start as they are.
    if len(s) > 1 and (s[1].isupper() or s.split(" ")[0] in ("Bupati", "Pemkab", "Perbup", "Perda")):
        return s
    return s[:1].lower() + s[1:]


def clean(text):
    text = re.sub(r"\s+", " ", text).strip()
    text = re.sub(r"\s+([.,!?:])", r"\1", text)
    text = text.replace("..", ".").replace(".!", "!").replace("!.", "!").replace("?.", "?")
    return text


LEADERS = ["Bupati Rancaweni", "Bupati Rancaweni Hj. Sri Wulandari", "Wakil Bupati Rancaweni",
           "Wabup Rancaweni Bambang Sutejo", "Sekda Rancaweni", "Bupati Sri Wulandari",
           "Wabup Bambang Sutejo", "Sekretaris Daerah Kabupaten Rancaweni"]
WISHES = ["Semoga membawa berkah bagi kita semua.", "Mari terus bersinergi membangun Rancaweni.",
          "Semoga kita senantiasa diberi kesehatan dan kebahagiaan.",
          "Terus berkarya untuk negeri.", "Semangat melayani masyarakat!",
          "Semoga menjadi momentum untuk terus berbenah.", "Jayalah selalu!",
          "Mari jadikan momen ini penuh makna.", "Tetap rukun dan saling menghormati."]
ACKS = ["Halo kak,", "Siap kak,", "Terima kasih Sobat,", "Mohon maaf kak,", "Baik kak,",
        "Hai kak,", "Halo Sobat,", "Terima kasih kak,", "Waalaikumsalam kak,", "Selamat siang kak,"]
CLOSES = ["🙏", "Terima kasih 🙏", "Salam.", "Tetap pantau akun kami ya.", "", "😊",
          "Semoga membantu.", "Terima kasih atas perhatiannya.", "🙏😊"]
PLEAS = ["", "tolong dong 🙏", "mohon infonya", "makasih", "🙏", "gimana nih?", "mohon ditindak",
         "udah lapor tapi belum ada respon", "please min", "😭", "mohon pencerahan",
         "terima kasih sebelumnya"]


def frames_info(c, sec, item):
    d = S.SECTORS[sec]
    lok = c.fill(c.pick(d["lok"]))
    syarat = c.pick(d["syarat"])
    ag = c.pick(d["agency"])
    first = c.r.randrange(4)
    day, day2 = S.HARI[first], S.HARI[c.r.randint(first + 1, 5)]
    j1, j2 = c.hour(), c.hour()
    tag, url = c.tags(sec), c.url()
    em = c.pick(S.EMOJI_INFO)
    fr = [
        f"{em} [INFO LAYANAN] {item}. 📍 {lok} 🗓️ {c.date()} 🕗 {j1} WIB. Syarat: {syarat}. {tag}",
        f"{item} di {lok}. Jam layanan {day}-{day2} pukul {j1} WIB. Info lebih lanjut: {url}",
        f"Sobat Rancaweni, {low(item)}. Cukup datang ke {lok} dan {syarat}. {tag} {url}",
        f"Hai Sobat! Catat jadwalnya: {low(item)} pada {c.date()} di {lok}, mulai pukul {j1} WIB. Persyaratan: {syarat} {c.pick(S.EMOJI_WARM)}",
        f"Jadwal pekan ini: {low(item)} hadir di {lok} setiap {day}. Jangan lupa {syarat}. {tag}",
        f"Pelayanan: {item}. Lokasi: {lok}. Prosedur dan formulir dapat diunduh di {url}",
        f"#InfoLayanan {item} ✅ {syarat} ✅ daftar online di {url} {tag}",
        f"Mulai {c.date()}, {low(item)} dapat diakses di {lok}. Hotline/WA 0812-{c.r.randint(1000, 9999)}-{c.r.randint(1000, 9999)}. {tag}",
        f"{ag[1]} menginformasikan: {low(item)}. Tempat: {lok}, {day} pukul {j1}-{j2} WIB. {url}",
        f"Bingung cara mengurusnya? {item}, {syarat}. Datang saja ke {lok} ya {c.pick(S.EMOJI_WARM)} {tag}",
        f"{em} {item}! Syarat: {syarat}. Loket buka pukul {j1} WIB di {lok}.",
    ]
    return c.pick(fr)


def frames_kebijakan(c, sec, item):
    d = S.SECTORS[sec]
    ag = c.pick(d["agency"])[1]
    tag, url = c.tags(sec), c.url()
    item = c.fill(item)
    fr = [
        f"{ag} menyampaikan bahwa {low(item)}. {tag}",
        f"PENGUMUMAN ‼️ {cap(item)}. Selengkapnya: {url}",
        f"{cap(item)}. Hal ini disampaikan Kepala {ag} di Rancaweni, {c.date()}. {tag}",
        f"Kabar baik! {cap(item)} 👏 {tag}",
        f"[SIARAN PERS] {cap(item)}. Informasi lengkap dapat diakses melalui {url}",
        f"Berdasarkan data {ag}, {low(item)}. {tag}",
        f"Update capaian: {low(item)}. {tag}",
        f"Rancaweni, {c.date()} - {cap(item)}, sebagaimana tertuang dalam dokumen resmi di {url}",
        f"Info resmi: {low(item)}. Terima kasih atas dukungan semua pihak. {tag}",
        f"📊 {cap(item)}. Rincian laporan dapat dilihat di {url} {tag}",
    ]
    return c.pick(fr)


def frames_edukasi(c, sec, item):
    d = S.SECTORS[sec]
    ag = c.pick(d["agency"])[1]
    tag, url = c.tags(sec), c.url()
    item = c.fill(item)
    fr = [
        f"Yuk Sobat Rancaweni, {low(item)}! {tag}",
        f"#TipsHariIni {cap(item)}. Bagikan ke keluarga dan teman ya {c.pick(S.EMOJI_WARM)}",
        f"Imbauan: {low(item)}. Mari bersama menjaga diri dan lingkungan. {tag}",
        f"Sobat, tahukah kamu? Penting untuk diingat: {low(item)}. {url}",
        f"{ag} mengimbau masyarakat: {low(item)}. {tag}",
        f"Jangan lupa, {low(item)} 💡 {tag}",
        f"Sosialisasi {ag} di Desa {c.pick(S.DESA)} hari ini mengajak warga: {low(item)}. {tag}",
        f"Ingat ya Sob, {low(item)}. Sayangi dirimu dan orang di sekitarmu 🙏",
        f"Edukasi pagi ini: {low(item)}. Simak infografis berikut 👇 {url}",
        f"Mari biasakan hal baik: {low(item)}. {tag}",
        f"Kampanye {ag}: {low(item)}. #SalingMengingatkan",
    ]
    return c.pick(fr)


def frames_darurat(c, sec, item):
    d = S.SECTORS[sec]
    h = c.pick(d["agency"])[0]
    tag = c.tags(sec, 1)
    item = c.fill(item)
    fr = [
        f"⚠️ {cap(item)}. {tag}",
        f"[UPDATE {c.hour()} WIB] {cap(item)}. Warga diminta tetap waspada dan mengikuti arahan petugas.",
        f"INFO TERKINI: {low(item)}. Pantau terus informasi resmi dari @{h}. {tag}",
        f"Mohon perhatian, {low(item)}. Untuk keadaan darurat hubungi 112.",
        f"{cap(item)}. Mohon maaf atas ketidaknyamanannya 🙏",
        f"‼️ {cap(item)}. Update berikutnya menyusul.",
        f"#InfoDarurat {c.pick(S.HARI)} ({c.date()}) pukul {c.hour()} WIB: {low(item)}.",
        f"🚨 {cap(item)}. Tetap tenang dan utamakan keselamatan. {tag}",
    ]
    return c.pick(fr)


def frames_pimpinan(c, sec, item):
    d = S.SECTORS[sec]
    ag = c.pick(d["agency"])[1]
    leader = c.pick(LEADERS + [f"Kepala {ag}"])
    tag, url = c.tags(sec), c.url()
    item = c.fill(item)
    fr = [
        f"{leader} {item}, {c.date()}. {tag}",
        f"{leader} didampingi Kepala {ag} {item}. 📸 {tag}",
        f"Hari ini {leader} {item}. Dalam sambutannya beliau berharap kegiatan ini bermanfaat bagi masyarakat. {url}",
        f"{leader} {item} bersama jajaran Forkopimda. {tag}",
        f"Kunjungan kerja: {leader} {item}. {tag}",
        f"[FOTO] {leader} {item}. Selengkapnya di {url}",
        f"{c.pick(S.HARI)} pagi, {leader} {item}. {tag}",
        f"Potret kegiatan: {leader} {item} 📷 {tag}",
    ]
    return c.pick(fr)


def frames_ucapan(c, sec, item):
    d = S.SECTORS[sec]
    ag = c.pick(d["agency"])[1]
    tag = c.tags(sec)
    wish = c.pick(WISHES)
    fr = [
        f"Selamat {item}! {wish} {tag}",
        f"Keluarga besar {ag} mengucapkan Selamat {item}. {wish} {c.pick(S.EMOJI_WARM)}",
        f"Selamat memperingati {item} 2026. {wish}",
        f"Memperingati {item}, mari terus berbuat baik untuk sesama. {tag}",
        f"Segenap jajaran {ag} mengucapkan selamat {item} kepada seluruh masyarakat Kabupaten Rancaweni. {wish}",
        f"Selamat {item} 🎉 {wish} {tag}",
        f"Hari ini kita memperingati {item}. {wish} {tag}",
        f"Dirgahayu! Selamat {item}. {tag}",
    ]
    if item.startswith("Hari Raya Idul") or item == "Hari Raya Idul Fitri":
        fr.append(f"Selamat {item} 1447 H. Mohon maaf lahir dan batin. {tag}")
    return c.pick(fr)


def frames_dialog(c, sec, kind, item):
    d = S.SECTORS[sec]
    h = c.pick(d["agency"])[0]
    item = c.fill(item)
    tag, url = c.tags(sec, 1), c.url()
    if kind == "keluhan":  # the one citizen-voice frame family
        call = c.pick(S.CITIZEN_CALL)
        fr = [f"@{h} {call} {item} {c.pick(PLEAS)}",
              f"@{h} {call}, {item}. {c.pick(PLEAS)}",
              f"{cap(item)} @{h} {c.pick(PLEAS)}",
              f"@{h} @{c.pick(S.SECTORS['kominfo']['agency'])[0]} {item}, {c.pick(PLEAS)}"]
        return c.pick(fr)
    if kind == "balasan":
        who = c.citizen()
        cc = c.maybe(0.2, f"cc @{c.pick(S.SECTORS[c.pick(list(S.SECTORS))]['agency'])[0]}")
        fr = [f"@{who} {c.pick(ACKS)} {item}. {c.pick(CLOSES)} {cc}",
              f"@{who} {cap(item)}. {c.pick(CLOSES)}",
              f"@{who} {c.pick(ACKS)} {item} {c.pick(S.EMOJI_WARM)}"]
        return c.pick(fr)
    fr = [f"{c.pick(S.EMOJI_INFO)} Sobat Rancaweni, {low(item)}: {url} {tag}",
          f"Suaramu penting! {cap(item)} {url}",
          f"Yuk berpartisipasi, {low(item)}. {url} {tag}",
          f"Kami menunggu masukan Sobat: {low(item)}. Tautan: {url}",
          f"{cap(item)} 👉 {url} Partisipasi Sobat sangat berarti {c.pick(S.EMOJI_WARM)}"]
    return c.pick(fr)


def frames_promosi(c, sec, item):
    d = S.SECTORS[sec]
    ag = c.pick(d["agency"])[1]
    tag, url = c.tags(sec), c.url()
    item = c.fill(item)
    fr = [
        f"{cap(item)}! {tag}",
        f"Catat tanggalnya: {c.date()}. {cap(item)}. Info: {url}",
        f"Ayo ramaikan! {cap(item)}. Jangan sampai ketinggalan 🎉",
        f"Save the date 📅 {cap(item)} {tag}",
        f"Weekend ini ke mana? {cap(item)} 😍 {tag}",
        f"{ag} mengundang Sobat semua: {low(item)}. Pendaftaran: {url}",
        f"✨ {cap(item)} ✨ Ajak keluarga dan teman ya. {tag}",
    ]
    return c.pick(fr)


def frames_lainnya(c, sec, item):
    tag = c.tags(sec, 1)
    item = c.fill(item)
    fr = [f"{item} {c.pick(S.EMOJI_WARM)}", f"{item} {tag}", f"{item}",
          f"Hai Sobat! {item}", f"{item} ☕", f"{item} 😄 {tag}"]
    return c.pick(fr)


ADDONS = {
    "info_layanan": ["Gratis, tanpa calo.", "Kuota terbatas, datang lebih awal ya.",
                     "Layanan ini tidak dipungut biaya.", "Pastikan berkas lengkap agar proses cepat.",
                     "Antrean bisa diambil lewat aplikasi.", "Petugas siap membantu.",
                     "Layanan tutup saat istirahat pukul 12.00-13.00.", "Simpan info ini ya!",
                     "Bagikan ke keluarga yang membutuhkan."],
    "kebijakan_program": ["Dokumen lengkap tersedia di laman PPID.", "Mari kawal bersama.",
                          "Capaian ini hasil kerja bersama.", "Ketentuan berlaku sejak ditetapkan.",
                          "Rincian anggaran dapat dilihat di laman resmi.", "Sudah tahu kabar ini?"],
    "edukasi_imbauan": ["Mulai dari diri sendiri.", "Sayangi keluarga kita.",
                        "Bagikan agar makin banyak yang tahu.", "Kecil tapi berdampak besar.",
                        "Yuk saling mengingatkan.", "Lebih baik mencegah daripada mengobati."],
    "darurat_bencana": ["Tetap waspada.", "Ikuti arahan petugas di lapangan.",
                        "Hubungi 112 bila membutuhkan pertolongan.", "Informasi akan terus diperbarui.",
                        "Hindari lokasi untuk sementara.", "Jangan sebarkan kabar yang belum pasti."],
    "kegiatan_pimpinan": ["Turut hadir unsur Forkopimda.", "Kegiatan berlangsung khidmat.",
                          "Acara dihadiri tokoh masyarakat setempat.", "Foto: Prokopim.",
                          "Sinergi untuk Rancaweni maju."],
    "ucapan_peringatan": ["Salam hangat dari kami.", "Selamat merayakan bagi yang merayakan.",
                          "Mari maknai bersama.", "Semoga damai selalu."],
    "dialog_partisipasi": [],
    "promosi_daerah": ["Gratis masuk!", "Terbuka untuk umum.", "Ajak keluarga ya.",
                       "Ada doorprize menarik.", "Jangan lupa bawa kamera!", "Tiket terbatas."],
    "lainnya": ["Have a nice day!", "Semangat ya!", "Sehat selalu.", "Salam guyub."],
}


def compose(c, sec, fungsi):
    """One candidate tweet for the cell (sec, fungsi), or None when the cell has no content."""
    d = S.SECTORS[sec]
    if fungsi == "dialog_partisipasi":
        kinds = [k for k in ("keluhan", "balasan", "ajakan") if d[k]]
        kind = c.pick(kinds)
        voice = "citizen" if kind == "keluhan" else "agency"
        return frames_dialog(c, sec, kind, c.pick(d[kind])), voice
    key = {"info_layanan": "layanan", "kebijakan_program": "kebijakan", "edukasi_imbauan": "edukasi",
           "darurat_bencana": "darurat", "kegiatan_pimpinan": "pimpinan", "ucapan_peringatan": "ucapan",
           "promosi_daerah": "promosi", "lainnya": "lainnya"}[fungsi]
    if not d[key]:
        return None, None
    item = c.pick(d[key])
    fn = {"info_layanan": frames_info, "kebijakan_program": frames_kebijakan,
          "edukasi_imbauan": frames_edukasi, "darurat_bencana": frames_darurat,
          "kegiatan_pimpinan": frames_pimpinan, "ucapan_peringatan": frames_ucapan,
          "promosi_daerah": frames_promosi, "lainnya": frames_lainnya}[fungsi]
    text = fn(c, sec, item)
    if ADDONS[fungsi] and c.r.random() < 0.35:
        text = f"{text} {c.pick(ADDONS[fungsi])}"
    return text, "agency"


def decorate(c, sec, text):
    """Occasional feed noise: a sibling agency tag, a retweet prefix, a trailing URL."""
    if text.startswith("@"):
        return text
    roll = c.r.random()
    own = S.SECTORS[sec]["agency"]
    if roll < 0.06:  # an agency retweets the sector's own account
        return f"RT @{c.pick(own)[0]}: {text}"
    if roll < 0.14:  # tagging the hub, the regency account or a sibling
        other = c.pick(["KominfoRancaweni", "PemkabRancaweni", c.pick(own)[0],
                        c.pick(S.SECTORS[c.pick(list(S.SECTORS))]["agency"])[0]])
        return f"{text} @{other}"
    if roll < 0.18:
        return f"{text} {c.url()}"
    return text


def quota(sec, fungsi):
    d = S.SECTORS[sec]
    if fungsi == "dialog_partisipasi":
        n = len(d["keluhan"]) + len(d["balasan"]) + len(d["ajakan"])
    else:
        key = {"info_layanan": "layanan", "kebijakan_program": "kebijakan",
               "edukasi_imbauan": "edukasi", "darurat_bencana": "darurat",
               "kegiatan_pimpinan": "pimpinan", "ucapan_peringatan": "ucapan",
               "promosi_daerah": "promosi", "lainnya": "lainnya"}[fungsi]
        n = len(d[key])
    return int(round(n * PER_ITEM[fungsi]))


def read_handwritten():
    rows = []
    with open(os.path.join(HERE, "handwritten.tsv"), encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            sec, fungsi, voice, text = line.split("\t")
            rows.append((sec, fungsi, voice, text))
    return rows


def generate(c, dedup, cells, scale):
    out = []
    for sec, fungsi in cells:
        want = int(round(quota(sec, fungsi) * scale))
        got, tries = 0, 0
        while got < want and tries < want * 40:
            tries += 1
            text, voice = compose(c, sec, fungsi)
            if text is None:
                break
            if voice == "agency":
                text = decorate(c, sec, text)
            text = clean(text)
            if dedup.accept(text):
                out.append((sec, fungsi, voice, text))
                got += 1
    return out


def split(rows, rng):
    """Stratified by the (sektor, fungsi) cell: a fixed 20% of each cell goes to test."""
    by_cell = {}
    for i, row in enumerate(rows):
        by_cell.setdefault((row[0], row[1]), []).append(i)
    test = set()
    carry = 0.0
    for cell in sorted(by_cell):
        idx = by_cell[cell][:]
        rng.shuffle(idx)
        carry += len(idx) * TEST_SHARE
        k = int(carry)
        carry -= k
        test.update(idx[:k])
    return ["test" if i in test else "train" for i in range(len(rows))]


def write_tsv(path, header, rows):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\t".join(header) + "\n")
        for row in rows:
            for v in row:
                assert "\t" not in v and "\n" not in v and '"' not in v, v
            f.write("\t".join(row) + "\n")


def main():
    rng = random.Random(SEED)
    c = Composer(rng)
    dedup = Dedup(JACCARD_REJECT)
    rows = []
    for sec, fungsi, voice, text in read_handwritten():
        if dedup.accept(text):
            rows.append((sec, fungsi, voice, text))
        else:
            print(f"handwritten near-duplicate skipped: {text}", file=sys.stderr)
    cells = [(s, f) for s in SEKTOR for f in FUNGSI]
    rows += generate(c, dedup, cells, 1.0)
    pool = generate(c, dedup, cells, POOL_SHARE)
    splits = split(rows, rng)
    # Agencies answer citizens often; compose extra dialogue (admin replies) for the archives.
    pool += generate(c, dedup, [(s, "dialog_partisipasi") for s in SEKTOR], POOL_DIALOG)
    seed_rows = [(f"s{i + 1:04d}", splits[i]) + r for i, r in enumerate(rows)]
    write_tsv(os.path.join(ROOT, "corpora", "seed", "seed.tsv"), ["id", "split", "sektor", "fungsi", "voice", "text"],
              seed_rows)
    pool_rows = [(f"p{i + 1:04d}",) + r for i, r in enumerate(pool)]
    write_tsv(os.path.join(ROOT, "samples", "pool.tsv"),
              ["id", "sektor", "fungsi", "voice", "text"], pool_rows)
    print(f"seed.tsv: {len(seed_rows)} tweets; pool.tsv: {len(pool_rows)}", file=sys.stderr)


if __name__ == "__main__":
    main()
