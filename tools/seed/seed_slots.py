"""Slot lists and sector content for the liputan seed corpus (see README.md).

Everything here was written for this project. Kabupaten Rancaweni, its places, agencies, officials
and citizens are fictional; any resemblance to real places or people is coincidental.
"""

def L(s):
    """Multi-line string -> list of non-empty stripped lines."""
    return [x.strip() for x in s.strip().splitlines() if x.strip()]

REGENCY = "Rancaweni"
KEC = L("""
Watugede
Sumberlaras
Pandanwangi
Cikaraton
Kalibening Lor
Tanjungsari Kidul
Rawaseneng
Gunungwaru
Mekarjati
Lebaksiuh
Pagerwangi
Karangsalam
""")
DESA = L("""
Sukaluyu
Mekarsari Wetan
Kalisari
Tegalweni
Cibodas Hilir
Ngampelrejo
Banyuasri
Jatiluhur Kidul
Sidomakmur
Pasirhalang
Wonokarto
Gandasoli
Kertajaya
Sumbergede
Cimalaka Girang
Rejosari Lor
Tirtamulya
Karanganyar Wetan
Margaluyu
Pucangsewu
""")
JALAN = L("""
Jl. Pemuda
Jl. Merdeka
Jl. Diponegoro
Jl. Raya Watugede
Jl. Veteran
Jl. Pahlawan
Jl. Sudirman
Jl. Kartini
Jl. Ahmad Yani
Jl. Raya Sumberlaras
Jl. Melati
Jl. Pramuka
Jl. Lingkar Selatan
Jl. Gatot Subroto
Jl. Raya Pandanwangi-Cikaraton
Jl. Cendana
""")
LANDMARK = L("""
Alun-alun Rancaweni
Pendopo Kabupaten Rancaweni
Gedung Serbaguna Rancaweni
GOR Satria Rancaweni
Pasar Induk Rancaweni
Mal Pelayanan Publik Rancaweni
Taman Kota Sekarwangi
Lapangan Watugede
Masjid Agung Rancaweni
Stadion Mandala Weni
""")
WISATA = L("""
Desa Wisata Kalisari
Pantai Karang Ayu
Curug Sewu Weni
Bukit Mekarjati
Telaga Biru Lebaksiuh
Kampung Batik Tegalweni
Pantai Pasir Wangi
Hutan Pinus Gunungwaru
Desa Wisata Cibodas Hilir
Kebun Teh Pagerwangi
""")
BULAN = L("""
Januari
Februari
Maret
April
Mei
Juni
Juli
Agustus
September
Oktober
November
Desember
""")
HARI = L("""
Senin
Selasa
Rabu
Kamis
Jumat
Sabtu
Minggu
""")
CITIZEN_FIRST = L("""
dewi
agus
rina
budi
sri
eko
yuli
fajar
nur
andri
siti
dimas
wulan
hendra
ika
rizky
tri
putri
bayu
lina
joko
mega
arief
novi
""")
CITIZEN_SUFFIX = L("""
_rcw
88
_weni
.id
99
_01
_asli
21
_sumberlaras
_pgw
07
_lor
""")
CITIZEN_CALL = L("""
min
admin
mimin
kak admin
pak
bu
""")
REGENCY_TAGS = L("""
#Rancaweni
#RancaweniMaju
#RancaweniBerdaya
#PemkabRancaweni
#SobatRancaweni
#RancaweniGuyub
""")
EMOJI_INFO = L("""
📢
📣
ℹ️
📌
🗓️
🕗
✅
👉
""")
EMOJI_WARM = L("""
🙏
😊
🙏🙏
👍
🤝
❤️
✨
""")

# Each sector: agencies (handle, short name), locations for services (may hold {kec} {desa}
# {jalan}), and per-function content lists. Placeholders are filled by build_seed.py.
SECTORS = {}

SECTORS["pendidikan"] = dict(
    agency=[("DisdikbudRcw", "Disdikbud Rancaweni"), ("PerpusdaRcw", "Dinas Perpustakaan Rancaweni")],
    tags=["#PPDBRancaweni", "#MerdekaBelajar", "#GemarMembaca", "#PendidikanRancaweni"],
    lok=["SMPN 2 {kec}", "SDN 1 {desa}", "Perpustakaan Daerah {jalan}", "kantor Disdikbud {jalan}",
         "UPT Pendidikan Kec. {kec}", "Taman Baca Desa {desa}"],
    layanan=L("""
Pendaftaran PPDB jenjang SMP jalur zonasi dibuka secara online
Layanan legalisir ijazah SD dan SMP
Pendaftaran beasiswa Rancaweni Cerdas bagi siswa dari keluarga kurang mampu
Layanan perpustakaan keliling dengan mobil pustaka
Pembuatan kartu anggota perpustakaan daerah gratis
Verifikasi berkas PPDB jalur afirmasi
Layanan pengaduan PPDB melalui posko dan hotline
Pendaftaran PAUD dan TK negeri tahun ajaran baru
Layanan ruang baca anak dan pojok literasi
Pengambilan Kartu Indonesia Pintar bagi siswa penerima
"""),
    syarat=L("""
membawa fotokopi KK dan akta kelahiran
menyiapkan nilai rapor semester 1-5
melampirkan surat keterangan tidak mampu dari desa
membawa ijazah asli dan dua lembar fotokopi
cukup menunjukkan KTP atau kartu pelajar
mengisi formulir di laman ppdb.rancawenikab.go.id
"""),
    kebijakan=L("""
hasil seleksi PPDB jenjang SMP jalur zonasi tahun 2026 sudah diumumkan
Perbup Nomor {n} Tahun 2026 tentang petunjuk teknis PPDB resmi ditetapkan
sebanyak {big} siswa SD dan SMP menerima beasiswa Rancaweni Cerdas dengan anggaran {rp}
realisasi rehabilitasi ruang kelas tahun ini mencapai {pct}% dari {n} sekolah sasaran
penerimaan guru PPPK formasi 2026 dibuka untuk {n} formasi
surat edaran tentang libur semester genap dan awal tahun ajaran baru telah diterbitkan
capaian indeks literasi masyarakat Rancaweni naik menjadi {pct} poin
kurikulum muatan lokal Bahasa dan Budaya Rancaweni mulai diberlakukan di seluruh SD
anggaran pendidikan dalam APBD 2026 ditetapkan sebesar {rp}
larangan pungutan seragam dan buku di sekolah negeri berlaku mulai tahun ajaran ini
"""),
    edukasi=L("""
dampingi anak belajar di rumah minimal satu jam sehari tanpa gawai
biasakan membaca 15 menit sebelum pelajaran dimulai
kenali tanda-tanda perundungan di sekolah dan segera laporkan ke guru BK
pastikan anak sarapan sebelum berangkat ke sekolah agar konsentrasi belajar terjaga
jangan percaya calo yang menjanjikan kursi PPDB, seluruh proses gratis dan transparan
ajak anak mengunjungi perpustakaan untuk menumbuhkan minat baca
batasi waktu layar anak dan pilih tontonan yang mendidik
hati-hati informasi hoaks soal jalur titipan PPDB
"""),
    darurat=L("""
kegiatan belajar mengajar di SDN 2 {desa} dipindahkan sementara karena ruang kelas rusak diterjang angin kencang
server PPDB online mengalami gangguan sejak pukul {jam} WIB, tim sedang melakukan perbaikan
SDN 1 {desa} diliburkan sementara karena halaman dan ruang kelas terendam banjir
atap ruang kelas SMPN 3 {kec} ambruk, siswa dievakuasi dan tidak ada korban jiwa
layanan perpustakaan daerah ditutup sementara karena pemadaman listrik
"""),
    pimpinan=L("""
meresmikan gedung baru SMPN 4 {kec}
meninjau pelaksanaan asesmen nasional di SDN 1 {desa}
menghadiri wisuda santri Madrasah Diniyah di Kecamatan {kec}
membuka acara Gebyar Literasi Rancaweni di Perpustakaan Daerah
melantik pengurus Dewan Pendidikan Kabupaten Rancaweni
menyerahkan penghargaan kepada guru berprestasi tingkat kabupaten
melakukan kunjungan kerja ke sekolah penggerak di Kecamatan {kec}
memimpin rapat koordinasi persiapan PPDB bersama kepala sekolah
"""),
    ucapan=L("""
Hari Pendidikan Nasional
Hari Guru Nasional
Hari Buku Nasional
Hari Aksara Internasional
Hari Anak Nasional
Hari Santri Nasional
"""),
    keluhan=L("""
anak saya rumahnya cuma 500 meter dari SMPN 1 kok nggak keterima zonasi ya
kenapa web PPDB dari pagi susah dibuka terus
di SD {desa} masih ada pungutan buat seragam, katanya gratis
kapan beasiswa Rancaweni Cerdas cair? udah 3 bulan belum ada kabar
perpus daerah hari Minggu buka nggak ya
atap kelas di SDN {desa} bocor tiap hujan, kasian anak-anak
gimana cara ngurus legalisir ijazah kalau sekolahnya udah merger
"""),
    balasan=L("""
untuk zonasi dihitung dari titik koordinat domisili pada KK, silakan cek ulang di posko PPDB
server PPDB sedang dalam perbaikan, mohon dicoba kembali beberapa saat lagi
terima kasih atas laporannya, sudah kami teruskan ke Korwil Pendidikan Kec. {kec} untuk ditindaklanjuti
pencairan beasiswa tahap 2 dijadwalkan akhir bulan ini, daftar penerima diumumkan di website Disdikbud
perpustakaan daerah buka Senin-Sabtu pukul 08.00-16.00, hari Minggu libur
legalisir ijazah sekolah yang sudah merger dapat dilakukan di sekolah induk hasil penggabungan
"""),
    ajakan=L("""
isi survei kepuasan layanan PPDB 2026 melalui tautan berikut
sampaikan usulan buku yang ingin Sobat baca di perpustakaan daerah lewat formulir ini
ikut polling: jam berapa waktu paling nyaman berkunjung ke perpustakaan
beri masukan untuk rancangan Perbup tentang sekolah ramah anak
"""),
    promosi=L("""
Festival Literasi dan Pameran Buku Rancaweni hadir di Alun-alun, ada diskon buku dan lomba dongeng berhadiah
ikuti lomba bercerita tingkat SD se-Kabupaten Rancaweni, total hadiah {rp}
pentas seni pelajar Rancaweni digelar di Gedung Serbaguna, terbuka untuk umum
Expo Pendidikan Rancaweni menghadirkan stan sekolah unggulan dan kampus mitra
"""),
    lainnya=L("""
Kuis hari ini: siapa penulis buku pelajaran pertama tentang sejarah Rancaweni? Jawab di kolom komentar
Selamat pagi para pejuang ilmu, semangat belajar hari ini
Quote of the day: membaca adalah jendela dunia
Throwback foto ruang kelas SD di Rancaweni tahun 1980-an, ada yang masih ingat?
"""),
)

SECTORS["kesehatan"] = dict(
    agency=[("DinkesRancaweni", "Dinkes Rancaweni"), ("RSUDRancaweni", "RSUD Rancaweni")],
    tags=["#RancaweniSehat", "#Germas", "#CegahStunting", "#AyoImunisasi", "#DinkesRancaweni"],
    lok=["Puskesmas {kec}", "RSUD Rancaweni {jalan}", "Posyandu Melati Desa {desa}",
         "Pustu Desa {desa}", "Puskesmas Keliling Kec. {kec}", "Balai Desa {desa}"],
    layanan=L("""
Pelayanan imunisasi dasar lengkap gratis bagi bayi usia 0-11 bulan
Layanan pemeriksaan kesehatan gratis untuk warga lansia
Pendaftaran pasien rawat jalan RSUD kini bisa secara online lewat aplikasi
Layanan skrining TBC gratis
Pemeriksaan ibu hamil dan kelas ibu hamil
Layanan konsultasi gizi dan pemantauan tumbuh kembang balita
Layanan cek tekanan darah dan gula darah di Posbindu
Jam pelayanan poliklinik RSUD selama bulan puasa berubah
Layanan vaksinasi HPV bagi siswi kelas 5 dan 6 SD
Layanan ambulans gratis 24 jam melalui call center 119
"""),
    syarat=L("""
membawa kartu BPJS Kesehatan atau KTP
membawa buku KIA
cukup menunjukkan NIK
mendaftar maksimal H-1 melalui aplikasi antrean
datang sebelum pukul 10.00 WIB
tanpa biaya alias gratis
"""),
    kebijakan=L("""
angka stunting Kabupaten Rancaweni turun menjadi {pct}% berdasarkan hasil penimbangan serentak
Perbup Nomor {n} Tahun 2026 tentang Kawasan Tanpa Rokok mulai berlaku di seluruh fasilitas kesehatan dan sekolah
cakupan imunisasi dasar lengkap tahun ini tercapai {pct}% dari target
Pemkab menganggarkan {rp} untuk pembangunan ruang rawat inap baru RSUD
seluruh warga Rancaweni kini terdaftar JKN dan Rancaweni meraih predikat UHC
pengumuman hasil seleksi tenaga kesehatan kontrak RSUD tahun 2026
laporan kasus DBD triwulan pertama menunjukkan penurunan {pct}% dibanding tahun lalu
{n} puskesmas di Rancaweni terakreditasi paripurna
"""),
    edukasi=L("""
lakukan 3M Plus: menguras, menutup, mendaur ulang, dan cegah gigitan nyamuk demam berdarah
cuci tangan pakai sabun sebelum makan dan setelah dari toilet
cegah stunting dengan memberi ASI eksklusif selama 6 bulan pertama
kenali gejala TBC: batuk lebih dari dua minggu, keringat malam, dan berat badan turun
ajak ibu hamil memeriksakan kandungan minimal enam kali selama kehamilan
kurangi konsumsi gula, garam, dan lemak untuk mencegah hipertensi
jangan percaya hoaks bahwa imunisasi menyebabkan autisme
rutin timbang balita ke posyandu setiap bulan
"""),
    darurat=L("""
status kejadian luar biasa DBD ditetapkan di Kecamatan {kec}, fogging dilakukan mulai hari ini
layanan rawat jalan RSUD terganggu akibat pemadaman listrik, IGD tetap beroperasi normal
aplikasi antrean online RSUD mengalami gangguan, pendaftaran sementara dilakukan manual di loket
warga {desa} diimbau waspada diare setelah banjir, posko kesehatan dibuka di balai desa
ditemukan {n} kasus keracunan makanan usai hajatan di Desa {desa}, korban dirawat di Puskesmas {kec}
stok darah di UTD menipis, kebutuhan darah golongan O mendesak
"""),
    pimpinan=L("""
meninjau pelaksanaan posyandu serentak di Desa {desa}
meresmikan gedung baru Puskesmas {kec}
menghadiri pencanangan Bulan Imunisasi Anak Nasional
membuka acara rembuk stunting tingkat kabupaten
melakukan kunjungan kerja ke RSUD untuk memantau layanan IGD
menerima penghargaan kabupaten sehat dari Kementerian Kesehatan
memimpin apel siaga kesehatan menjelang libur Lebaran
menandatangani nota kesepahaman layanan kesehatan dengan BPJS Kesehatan
"""),
    ucapan=L("""
Hari Kesehatan Nasional
Hari Gizi Nasional
Hari Bidan Nasional
Hari Perawat Nasional
Hari Tanpa Tembakau Sedunia
Hari AIDS Sedunia
"""),
    keluhan=L("""
antrean poli dalam di RSUD lama banget, dari jam 7 baru dipanggil jam 12
puskesmas {kec} sabtu buka nggak ya, anak saya demam
di RT saya banyak yang kena DBD, tolong fogging
aplikasi antrean RSUD error terus dari kemarin
vaksin anak di posyandu {desa} kok kosong terus
petugas pendaftaran di IGD kurang ramah, mohon dievaluasi
"""),
    balasan=L("""
mohon maaf atas ketidaknyamanannya, masukan sudah kami teruskan ke manajemen RSUD
Puskesmas {kec} buka Sabtu pukul 07.30-11.00 dan UGD buka 24 jam
laporan sudah kami teruskan ke Puskesmas {kec} untuk dilakukan penyelidikan epidemiologi sebelum fogging
silakan hubungi call center RSUD di 0812-3456-70xx atau DM kami untuk bantuan pendaftaran
stok vaksin akan didistribusikan ulang minggu ini, terima kasih atas informasinya
terima kasih atas masukannya, akan kami sampaikan untuk evaluasi pelayanan IGD
"""),
    ajakan=L("""
isi survei kepuasan masyarakat terhadap layanan puskesmas melalui tautan berikut
laporkan jentik nyamuk di lingkungan Sobat lewat aplikasi SiJentik
sampaikan keluhan layanan RSUD melalui kanal pengaduan resmi kami
ikut polling: layanan kesehatan apa yang paling Sobat butuhkan di desa
"""),
    promosi=L("""
ikuti Jalan Sehat Hari Kesehatan Nasional di Alun-alun, ada doorprize sepeda motor
lomba balita sehat dan posyandu teladan tingkat kabupaten berhadiah total {rp}
Rancaweni Fun Run 5K kembali digelar, pendaftaran peserta dibuka hingga {tgl}
pameran pangan lokal bergizi di Gedung Serbaguna, ada demo masak MPASI
"""),
    lainnya=L("""
Selamat pagi Sobat Sehat, sudah minum air putih berapa gelas hari ini?
Kuis: berapa jumlah puskesmas di Kabupaten Rancaweni? Jawaban benar dapat merchandise
Tebak-tebakan: buah apa yang paling banyak vitamin C? Tulis di komentar
Senam pagi bareng tim Dinkes, siapa yang ikut?
"""),
)

SECTORS["infrastruktur"] = dict(
    agency=[("DPUPRRancaweni", "DPUPR Rancaweni"), ("PerkimRcw", "Dinas Perkim Rancaweni"),
            ("PDAMTirtaWeni", "Perumda Air Minum Tirta Weni")],
    tags=["#InfrastrukturRancaweni", "#JalanMulus", "#AirBersih", "#DPUPRRancaweni"],
    lok=["kantor DPUPR {jalan}", "Mal Pelayanan Publik Rancaweni", "kantor Perumda Tirta Weni {jalan}",
         "kantor Kecamatan {kec}", "kantor Perkim {jalan}"],
    layanan=L("""
Permohonan Persetujuan Bangunan Gedung (PBG) kini bisa diajukan secara online melalui SIMBG
Layanan pemasangan sambungan baru air bersih PDAM dengan biaya ringan
Pendaftaran calon penerima bantuan bedah rumah RTLH
Layanan informasi tata ruang dan Keterangan Rencana Kota
Layanan pengaduan jalan rusak melalui aplikasi Lapor Jalan
Pembayaran rekening air PDAM bisa lewat minimarket dan mobile banking
Layanan sedot tinja terjadwal dengan tarif terjangkau
Layanan pengukuran dan sertifikasi tanah program PTSL
"""),
    syarat=L("""
melampirkan KTP, sertifikat tanah, dan gambar rencana bangunan
membawa KTP dan rekening listrik tetangga terdekat
diusulkan melalui musyawarah desa
melampirkan foto lokasi dan titik koordinat
cukup dengan nomor pelanggan
"""),
    kebijakan=L("""
perbaikan jalan ruas {jalan} sepanjang {n} kilometer dengan anggaran {rp} resmi dimulai
sebanyak {big} unit rumah tidak layak huni menerima bantuan bedah rumah tahun ini
kemantapan jalan kabupaten naik menjadi {pct}% pada akhir tahun
Perda RTRW Kabupaten Rancaweni 2026-2046 telah ditetapkan DPRD
pengumuman lelang pembangunan jembatan {desa} senilai {rp} di LPSE
cakupan layanan air bersih perpipaan mencapai {pct}% rumah tangga
program betonisasi jalan desa menjangkau {n} desa tahun ini
laporan realisasi fisik proyek drainase {jalan} mencapai {pct}%
"""),
    edukasi=L("""
jangan membuang sampah ke saluran drainase agar tidak tersumbat saat hujan
pastikan bangunan Sobat memiliki PBG sebelum mulai membangun
hemat air bersih, matikan keran setelah digunakan
kenali cara merawat septic tank agar tidak mencemari sumur
kendaraan bermuatan berlebih mempercepat kerusakan jalan, patuhi batas tonase
"""),
    darurat=L("""
jembatan penghubung Desa {desa} putus diterjang arus sungai, warga diminta mencari jalur alternatif
distribusi air PDAM ke wilayah {kec} terganggu akibat pipa transmisi bocor
jalan {jalan} amblas sedalam dua meter, arus kendaraan dialihkan
aliran air bersih dihentikan sementara karena perbaikan pompa di IPA Tirta Weni
longsor menutup badan jalan penghubung {kec}-{kec2}, alat berat sedang dikerahkan
"""),
    pimpinan=L("""
meninjau progres pengaspalan {jalan}
meresmikan jembatan gantung di Desa {desa}
melakukan peletakan batu pertama pembangunan rusunawa
menghadiri serah terima kunci rumah bantuan RTLH di Desa {desa}
memantau langsung perbaikan jalan rusak di Kecamatan {kec}
meresmikan jaringan air bersih perdesaan di {desa}
"""),
    ucapan=L("""
Hari Bakti Pekerjaan Umum
Hari Air Sedunia
Hari Perumahan Nasional
Hari Agraria dan Tata Ruang
"""),
    keluhan=L("""
jalan di {jalan} depan pasar rusak parah, lubangnya dalam banget, kapan diperbaiki
air PDAM di {desa} mati sudah 3 hari, tolong ditindaklanjuti
drainase di perumahan kami mampet, tiap hujan air masuk rumah
lampu jalan udah bagus tapi aspal di {desa} masih berlubang, bahaya buat motor
pengajuan PBG saya sudah sebulan belum ada kabar
"""),
    balasan=L("""
terima kasih laporannya, ruas {jalan} sudah masuk jadwal pemeliharaan bulan ini
mohon maaf atas gangguannya, tim teknis sedang memperbaiki pipa di wilayah {desa}
laporan sudah kami teruskan ke UPT Pemeliharaan Jalan dan Drainase untuk survei lokasi
silakan cek status permohonan PBG di SIMBG atau DM nomor registrasinya ke kami
sudah kami teruskan ke dinas terkait, tim akan turun ke lokasi besok pagi
"""),
    ajakan=L("""
laporkan jalan rusak di sekitar Sobat lengkap dengan foto dan lokasi lewat aplikasi Lapor Jalan
beri masukan untuk rencana penataan kawasan {jalan} melalui survei daring
isi kuesioner kepuasan pelanggan Perumda Tirta Weni
ikut konsultasi publik rancangan RDTR Kecamatan {kec}
"""),
    promosi=L("""
pameran properti dan perumahan bersubsidi Rancaweni digelar di {landmark}, ada promo uang muka
lomba desain taman kota Rancaweni berhadiah total {rp}, terbuka untuk mahasiswa dan umum
"""),
    lainnya=L("""
Tebak lokasi: jembatan ikonik ini ada di kecamatan mana?
Selamat pagi dari lokasi proyek, tim lapangan sudah mulai bekerja sejak subuh
Foto lama {jalan} tahun 1990 dan sekarang, beda jauh ya
"""),
)

SECTORS["ketertiban_bencana"] = dict(
    agency=[("BPBDRancaweni", "BPBD Rancaweni"), ("SatpolPPRcw", "Satpol PP Rancaweni"),
            ("DamkarRancaweni", "Damkar Rancaweni")],
    tags=["#BPBDRancaweni", "#TangguhBencana", "#SiagaBencana", "#SatpolPPRancaweni", "#DamkarSigap"],
    lok=["Markas Damkar {jalan}", "kantor BPBD {jalan}", "Markas Satpol PP {jalan}", "Pos Damkar Kec. {kec}"],
    layanan=L("""
Layanan pemadam kebakaran gratis 24 jam melalui nomor darurat 113
Layanan evakuasi hewan berbahaya seperti ular dan tawon oleh Damkar
Pelatihan penggunaan APAR untuk warga, sekolah, dan perkantoran
Layanan Pusdalops BPBD 24 jam untuk laporan kejadian bencana
Pendaftaran pelatihan desa tangguh bencana
Layanan penyelamatan cincin yang tersangkut di jari oleh petugas Damkar
"""),
    syarat=L("""
tanpa dipungut biaya
cukup hubungi nomor darurat dan sebutkan lokasi
mengajukan surat permohonan ke kantor BPBD
"""),
    kebijakan=L("""
Perda tentang ketertiban umum dan ketenteraman masyarakat mulai diberlakukan, PKL dilarang berjualan di trotoar {jalan}
status tanggap darurat banjir Kabupaten Rancaweni ditetapkan selama 14 hari
Pemkab menyiapkan dana belanja tidak terduga {rp} untuk penanganan bencana
sebanyak {n} desa ditetapkan sebagai Desa Tangguh Bencana tahun ini
Satpol PP menertibkan {n} reklame liar sepanjang {jalan}
laporan BPBD: sepanjang tahun terjadi {n} kejadian bencana dengan kerugian {rp}
pembentukan {n} pos Damkar baru di kecamatan rawan kebakaran ditetapkan dalam APBD
"""),
    edukasi=L("""
kenali jalur evakuasi di lingkungan tempat tinggal Sobat
jangan tinggalkan kompor menyala tanpa pengawasan
cabut steker alat elektronik saat meninggalkan rumah untuk mencegah korsleting
siapkan tas siaga bencana berisi dokumen penting, senter, obat, dan air minum
hindari berteduh di bawah pohon besar dan baliho saat hujan disertai angin kencang
jangan membakar sampah di lahan kering saat kemarau
cek selang dan regulator tabung gas secara berkala
"""),
    darurat=L("""
banjir merendam {n} rumah di Desa {desa}, tim BPBD melakukan evakuasi warga
peringatan dini cuaca ekstrem dari BMKG: hujan lebat disertai angin kencang berpotensi terjadi di wilayah Rancaweni hingga malam nanti
tanah longsor menimbun jalan desa di {desa}, warga diminta waspada longsor susulan
kebakaran melanda gudang di {jalan}, {n} unit mobil Damkar dikerahkan
status siaga darurat kekeringan berlaku, droping air bersih dilakukan ke {n} desa
gempa bermagnitudo 4,9 dirasakan di Rancaweni, belum ada laporan kerusakan, tetap tenang
angin puting beliung merusak {n} rumah di Kecamatan {kec}
tinggi muka air Sungai Ciweni naik, status waspada, warga bantaran diminta bersiap mengungsi
"""),
    pimpinan=L("""
memimpin apel kesiapsiagaan bencana menghadapi musim penghujan
meninjau lokasi pengungsian warga terdampak banjir di Desa {desa}
menyerahkan bantuan logistik kepada korban puting beliung di Kecamatan {kec}
membuka simulasi penanggulangan bencana gempa di SMPN 1 {kec}
memimpin rapat koordinasi penanganan longsor bersama TNI, Polri, dan relawan
melantik anggota Satlinmas tingkat kabupaten
"""),
    ucapan=L("""
Hari Kesiapsiagaan Bencana
HUT Satpol PP dan Satlinmas
Hari Pemadam Kebakaran
Hari Pengurangan Risiko Bencana Internasional
"""),
    keluhan=L("""
ada PKL di trotoar {jalan} bikin pejalan kaki turun ke jalan, mohon ditertibkan
sungai di {desa} airnya mulai naik, warga khawatir, mohon dipantau
ada sarang tawon besar di atap rumah tetangga, bisa minta tolong Damkar?
di {desa} sering ada balap liar tiap malam minggu, meresahkan
pohon besar di {jalan} sudah miring, takut tumbang
"""),
    balasan=L("""
terima kasih laporannya, tim Satpol PP akan melakukan penertiban hari ini
tim TRC BPBD sudah meluncur ke lokasi untuk memantau tinggi muka air
silakan hubungi 113 atau DM alamat lengkapnya, petugas kami segera ke lokasi
laporan sudah kami teruskan ke Polsek dan Satpol PP Kecamatan {kec}
sudah kami koordinasikan dengan DLH untuk pemangkasan pohon, terima kasih atas kepeduliannya
"""),
    ajakan=L("""
laporkan kejadian bencana di sekitar Sobat ke Pusdalops BPBD melalui formulir ini
isi survei kesiapsiagaan rumah tangga menghadapi bencana
daftarkan diri menjadi relawan desa tangguh bencana
"""),
    promosi=L("""
lomba Damkar cilik dan edukasi pemadaman untuk anak TK di {landmark}, gratis dan berhadiah
"""),
    lainnya=L("""
Selamat pagi, petugas piket Damkar sudah siaga sejak subuh
Kuis: berapa nomor darurat pemadam kebakaran? Jawab di komentar
Senam pagi bersama anggota Satpol PP sebelum bertugas
"""),
)

SECTORS["sosial"] = dict(
    agency=[("DinsosRancaweni", "Dinsos Rancaweni")],
    tags=["#DinsosRancaweni", "#PedulidanBerbagi", "#BansosTepatSasaran"],
    lok=["kantor Dinsos {jalan}", "kantor desa {desa}", "Kantor Pos {kec}", "balai Kecamatan {kec}",
         "Puskesos Desa {desa}"],
    layanan=L("""
Pengecekan status penerima bansos PKH dan BPNT bisa dilakukan melalui situs cekbansos
Penyaluran BPNT tahap 2 dilaksanakan
Pendaftaran usulan DTKS dibuka melalui desa dan aplikasi
Layanan pembuatan kartu penyandang disabilitas
Layanan pengaduan bansos salah sasaran di Puskesos
Pengambilan BLT melalui kantor pos
Layanan rehabilitasi sosial bagi ODGJ terlantar
"""),
    syarat=L("""
membawa KTP dan KK asli
membawa undangan dan kartu KKS
melampirkan surat keterangan dari desa
tanpa biaya apa pun
"""),
    kebijakan=L("""
sebanyak {big} keluarga penerima manfaat PKH menerima bantuan tahap ketiga senilai total {rp}
hasil pemutakhiran DTKS periode ini menetapkan {big} keluarga sebagai penerima bantuan
Pemkab mengalokasikan {rp} untuk bantuan sosial lansia dan disabilitas
angka kemiskinan Kabupaten Rancaweni turun menjadi {pct}%
program Rantang Lansia menyalurkan makanan bergizi bagi {n} lansia tunggal
Perbup tentang penanggulangan kemiskinan terpadu telah ditetapkan
"""),
    edukasi=L("""
bansos tidak dipungut biaya, laporkan jika ada oknum yang meminta potongan
waspada penipuan yang mengatasnamakan Dinsos dan menjanjikan bansos lewat tautan
pastikan data KK dan NIK sesuai agar tidak gagal terdaftar di DTKS
perlakukan penyandang disabilitas dengan setara, mari wujudkan lingkungan inklusif
bantuan sosial harus digunakan untuk kebutuhan pokok, bukan untuk rokok
"""),
    darurat=L("""
dapur umum Tagana didirikan di Desa {desa} untuk warga terdampak banjir
penyaluran BPNT di Kecamatan {kec} ditunda sementara karena gangguan sistem
Dinsos mengevakuasi {n} lansia terlantar terdampak kebakaran di {jalan}
"""),
    pimpinan=L("""
menyerahkan bantuan kursi roda kepada penyandang disabilitas di Kecamatan {kec}
meninjau penyaluran BPNT di Kantor Pos {kec}
meresmikan Rumah Singgah Rancaweni
menghadiri peringatan Hari Lanjut Usia Nasional bersama para lansia
membuka acara bimbingan teknis pendamping PKH
"""),
    ucapan=L("""
Hari Kesetiakawanan Sosial Nasional
Hari Disabilitas Internasional
Hari Lanjut Usia Nasional
Hari Pekerja Sosial Sedunia
"""),
    keluhan=L("""
tetangga saya jelas mampu tapi dapet PKH, yang miskin malah nggak dapat
sudah daftar DTKS dari tahun lalu kok belum dapat bansos
ada ODGJ berkeliaran di {jalan}, kasihan dan bikin warga takut
BPNT bulan ini belum cair ya min?
ada oknum yang minta potongan bansos Rp 50 ribu di {desa}
"""),
    balasan=L("""
terima kasih atas laporannya, silakan sampaikan data lengkap melalui DM agar bisa diverifikasi
status usulan DTKS dapat dicek di aplikasi, mohon sabar karena verifikasi dilakukan bertahap
tim Dinsos bersama Satpol PP akan segera menjemput dan membawa ke rumah singgah
jadwal pencairan BPNT tahap ini dimulai minggu depan di Kantor Pos masing-masing
mohon maaf atas kejadian tersebut, laporan sudah kami teruskan untuk ditindaklanjuti
"""),
    ajakan=L("""
laporkan dugaan bansos tidak tepat sasaran melalui kanal pengaduan Dinsos
isi survei kebutuhan layanan bagi penyandang disabilitas
ikut uji publik usulan kebijakan perlindungan lansia
"""),
    promosi=L("""
pameran karya penyandang disabilitas Rancaweni di {landmark}, hasil penjualan untuk para perajin
"""),
    lainnya=L("""
Selamat pagi, sudahkah kita berbagi hari ini?
Foto kebersamaan relawan Tagana usai latihan rutin
"""),
)

SECTORS["perempuan_anak_kb"] = dict(
    agency=[("DP3AKBRancaweni", "DP3AKB Rancaweni")],
    tags=["#StopKekerasanAnak", "#RancaweniLayakAnak", "#KampungKB", "#DP3AKBRancaweni"],
    lok=["UPTD PPA {jalan}", "Balai Penyuluhan KB Kec. {kec}", "Rumah Data Kependudukan Desa {desa}",
         "kantor DP3AKB {jalan}"],
    layanan=L("""
Layanan pengaduan dan pendampingan korban kekerasan terhadap perempuan dan anak di UPTD PPA
Pelayanan KB gratis pemasangan implan dan IUD
Konseling pranikah bagi calon pengantin
Layanan psikolog gratis untuk anak dan remaja
Layanan hotline pengaduan kekerasan perempuan dan anak 24 jam
Pendaftaran kelas Bina Keluarga Balita
"""),
    syarat=L("""
dijamin kerahasiaannya
gratis tanpa biaya
cukup membawa KTP dan kartu KB
dapat didampingi keluarga
"""),
    kebijakan=L("""
Rancaweni meraih predikat Kabupaten Layak Anak kategori Madya
Perbup tentang pencegahan perkawinan anak resmi ditetapkan
angka kasus pernikahan dini turun {pct}% dibanding tahun lalu
sebanyak {n} Kampung KB baru dikukuhkan tahun ini
laporan UPTD PPA mencatat {n} kasus kekerasan terhadap anak yang seluruhnya telah didampingi
alokasi {rp} disiapkan untuk program Sekolah Perempuan di {n} desa
"""),
    edukasi=L("""
ajarkan anak mengenali sentuhan yang boleh dan tidak boleh
cegah pernikahan dini, usia minimal menikah adalah 19 tahun
dua anak lebih sehat, rencanakan kehamilan dengan KB
jangan diam jika melihat kekerasan dalam rumah tangga, laporkan
dampingi anak saat menggunakan media sosial untuk mencegah eksploitasi daring
"""),
    darurat=L("""
layanan hotline UPTD PPA sementara dialihkan ke nomor cadangan karena gangguan jaringan
tim UPTD PPA mendampingi anak korban kekerasan di Kecamatan {kec} yang membutuhkan penanganan segera
"""),
    pimpinan=L("""
mengukuhkan Forum Anak Kabupaten Rancaweni periode baru
menghadiri pencanangan Kampung KB di Desa {desa}
membuka pelatihan kewirausahaan bagi perempuan kepala keluarga
meninjau pelayanan KB serentak di Puskesmas {kec}
menandatangani komitmen bersama pencegahan perkawinan anak
"""),
    ucapan=L("""
Hari Kartini
Hari Ibu
Hari Keluarga Nasional
Hari Anak Nasional
Hari Perempuan Internasional
"""),
    keluhan=L("""
saya mau lapor ada anak tetangga yang sering dipukuli orang tuanya, harus ke mana ya
layanan KB implan gratis di puskesmas {kec} masih ada nggak
temen saya korban KDRT tapi takut lapor, bisa dibantu?
"""),
    balasan=L("""
terima kasih atas kepeduliannya, silakan DM kami atau hubungi hotline UPTD PPA, identitas pelapor dirahasiakan
layanan KB gratis masih tersedia setiap Selasa dan Kamis, silakan datang langsung
petugas kami siap mendampingi, silakan hubungi kami melalui DM agar bisa segera ditindaklanjuti
"""),
    ajakan=L("""
isi survei persepsi masyarakat tentang perkawinan anak
sampaikan aspirasi anak-anak Rancaweni melalui Musrenbang Anak
"""),
    promosi=L("""
bazar produk UMKM perempuan Rancaweni di {landmark}, dukung usaha ibu-ibu hebat
lomba foto keluarga harmonis dalam rangka Hari Keluarga Nasional berhadiah {rp}
"""),
    lainnya=L("""
Selamat pagi, sudahkah memeluk anak hari ini?
Kuis: berapa usia minimal menikah menurut undang-undang? Jawab di komentar
"""),
)

SECTORS["adminduk"] = dict(
    agency=[("DisdukcapilRcw", "Disdukcapil Rancaweni")],
    tags=["#DukcapilRancaweni", "#DukcapilPrimaMelayani", "#AdmindukGratis", "#IKD"],
    lok=["kantor Disdukcapil {jalan}", "Mal Pelayanan Publik Rancaweni", "kantor Kecamatan {kec}",
         "balai Desa {desa}", "gerai Dukcapil {landmark}"],
    layanan=L("""
Perekaman KTP-el bagi pemula yang berusia 17 tahun
Aktivasi Identitas Kependudukan Digital (IKD)
Layanan akta kelahiran dan kartu keluarga secara online
Pencetakan ulang KTP-el yang rusak atau hilang
Layanan jemput bola perekaman KTP-el bagi lansia dan penyandang disabilitas
Layanan pindah datang antarkabupaten
Penerbitan Kartu Identitas Anak (KIA)
Layanan akta kematian cukup melalui desa
Layanan adminduk buka hari Sabtu
"""),
    syarat=L("""
membawa fotokopi KK
membawa KTP-el lama yang rusak
membawa surat kehilangan dari kepolisian
menyiapkan ponsel Android dan alamat email aktif
membawa surat keterangan kelahiran dari bidan atau rumah sakit
semua layanan gratis tanpa pungutan
"""),
    kebijakan=L("""
cakupan perekaman KTP-el Kabupaten Rancaweni mencapai {pct}%
sebanyak {big} warga telah mengaktifkan IKD sampai bulan ini
mulai bulan depan layanan KK dan akta kelahiran diterbitkan dengan tanda tangan elektronik
kepemilikan akta kelahiran anak usia 0-18 tahun mencapai {pct}%
pengumuman: blangko KTP-el kembali tersedia setelah penambahan {n} keping
Disdukcapil meraih penghargaan inovasi pelayanan publik tingkat provinsi
"""),
    edukasi=L("""
jangan unggah foto KTP-el dan KK ke media sosial untuk mencegah penyalahgunaan data
segera laporkan perubahan data seperti pindah alamat atau status perkawinan
seluruh layanan adminduk gratis, jangan gunakan calo
pastikan anak memiliki akta kelahiran sejak dini
lindungi NIK Sobat dari pinjaman online ilegal
"""),
    darurat=L("""
layanan cetak KTP-el terhenti sementara karena gangguan jaringan SIAK pusat
server pelayanan online Disdukcapil sedang gangguan, pengajuan dapat dilakukan kembali besok
kantor Disdukcapil ditutup sementara hari ini karena pemadaman listrik
"""),
    pimpinan=L("""
meninjau layanan jemput bola perekaman KTP-el di SMAN 1 {kec}
meluncurkan inovasi layanan adminduk terintegrasi di Mal Pelayanan Publik
menyerahkan akta kelahiran dan KIA secara simbolis kepada warga Desa {desa}
menghadiri penandatanganan perjanjian kerja sama pemanfaatan data kependudukan dengan BPJS
"""),
    ucapan=L("""
Hari Kesadaran Nasional
HUT Dukcapil
"""),
    keluhan=L("""
ngurus KTP-el di kecamatan katanya blangko habis, sampai kapan ya
KK saya salah tulis nama, gimana cara benerin
aplikasi IKD nggak bisa verifikasi wajah terus
udah 2 minggu akta kelahiran anak saya belum jadi
di kantor capil antreannya panjang banget, nggak ada nomor antrean online?
"""),
    balasan=L("""
blangko KTP-el sudah tersedia kembali, silakan datang ke kantor Disdukcapil dengan membawa KK
perbaikan data KK cukup membawa dokumen pendukung ke kecamatan atau melalui layanan online kami
untuk verifikasi wajah IKD pastikan pencahayaan cukup, jika masih gagal silakan datang ke gerai kami
mohon maaf atas keterlambatannya, silakan DM nomor registrasi untuk kami cek
saat ini antrean online tersedia melalui aplikasi, terima kasih atas masukannya
"""),
    ajakan=L("""
isi survei kepuasan masyarakat terhadap layanan Disdukcapil
beri bintang dan ulasan layanan kami agar kami terus berbenah
sampaikan saran dan aduan layanan adminduk melalui kanal resmi kami
"""),
    promosi=L("""
gerai layanan Dukcapil hadir di Festival Rancaweni di {landmark}, cetak KIA langsung jadi
"""),
    lainnya=L("""
Kuis: berapa digit NIK di KTP-el? Jawab di kolom komentar
Selamat pagi, petugas kami siap melayani dengan senyum
"""),
)

SECTORS["ekonomi_umkm"] = dict(
    agency=[("DiskopUMKMRcw", "Diskop UMKM Rancaweni"), ("DPMPTSPRancaweni", "DPMPTSP Rancaweni"),
            ("DisnakerRcw", "Disnaker Rancaweni"), ("DisdagRcw", "Disdag Rancaweni")],
    tags=["#UMKMRancaweni", "#BanggaBuatanIndonesia", "#InvestasiRancaweni", "#LokerRancaweni"],
    lok=["Mal Pelayanan Publik Rancaweni", "kantor Disnaker {jalan}", "Pasar Induk Rancaweni",
         "PLUT KUMKM {jalan}", "kantor Diskop UMKM {jalan}"],
    layanan=L("""
Pendaftaran NIB bagi pelaku usaha mikro gratis melalui OSS
Pembuatan kartu pencari kerja (AK1) secara online
Pelatihan kerja gratis bidang las dan menjahit di BLK
Pendampingan sertifikasi halal gratis untuk UMKM
Layanan konsultasi perizinan berusaha di Mal Pelayanan Publik
Tera ulang timbangan pedagang pasar gratis
Pendaftaran program pelatihan digital marketing bagi UMKM
"""),
    syarat=L("""
membawa KTP dan foto produk
membawa ijazah terakhir dan pas foto
cukup membawa KTP dan NPWP
kuota terbatas, daftar segera
"""),
    kebijakan=L("""
realisasi investasi Kabupaten Rancaweni mencapai {rp} atau {pct}% dari target
Perbup tentang penataan pasar rakyat dan toko swalayan telah ditetapkan
sebanyak {big} UMKM telah memiliki NIB tahun ini
tingkat pengangguran terbuka turun menjadi {pct}%
inflasi bulanan Rancaweni tercatat {pct}% dan tetap terkendali
program kredit usaha bergulir tanpa bunga senilai {rp} disalurkan kepada {n} koperasi
revitalisasi Pasar {kec} dengan anggaran {rp} resmi dimulai
"""),
    edukasi=L("""
waspada lowongan kerja palsu yang meminta biaya pendaftaran
pelaku UMKM, pisahkan uang usaha dan uang pribadi agar usaha sehat
kemas produk dengan menarik dan cantumkan label halal serta tanggal kedaluwarsa
belanja bijak dan jangan panic buying menjelang hari raya
pahami hak dan kewajiban pekerja sebelum menandatangani kontrak kerja
"""),
    darurat=L("""
kebakaran melanda kios di Pasar Induk Rancaweni, pedagang diminta menjauh dari lokasi
layanan OSS mengalami gangguan nasional, pengajuan NIB ditunda sementara
harga cabai melonjak tajam, operasi pasar darurat digelar di {n} titik
"""),
    pimpinan=L("""
membuka Job Fair Rancaweni 2026 di {landmark}
meninjau harga kebutuhan pokok di Pasar {kec} menjelang Ramadan
meresmikan gedung PLUT KUMKM Rancaweni
melakukan audiensi dengan calon investor industri alas kaki
menghadiri rapat anggota tahunan koperasi di Kecamatan {kec}
melepas pekerja migran yang berangkat melalui program resmi
"""),
    ucapan=L("""
Hari Koperasi Nasional
Hari Buruh Internasional
Hari UMKM Nasional
Hari Konsumen Nasional
"""),
    keluhan=L("""
cara daftar NIB buat usaha keripik rumahan gimana ya min
harga beras di pasar {kec} naik terus, tolong pemerintah turun tangan
saya udah ikut pelatihan di BLK tapi sertifikatnya belum keluar
ada info loker pabrik baru di {kec} nggak?
kios di pasar baru kok sepi, pembeli pada nggak tau
"""),
    balasan=L("""
pendaftaran NIB bisa dilakukan sendiri di oss.go.id atau dibantu petugas di Mal Pelayanan Publik
terima kasih infonya, kami bersama Satgas Pangan akan memantau harga di lapangan
sertifikat pelatihan sedang proses cetak, akan dibagikan minggu depan, mohon ditunggu
info lowongan kerja resmi selalu kami unggah di website Disnaker, pantau terus ya
masukan yang bagus, sudah kami teruskan ke pengelola pasar untuk program promosi
"""),
    ajakan=L("""
isi survei kebutuhan pelatihan bagi pelaku UMKM Rancaweni
daftarkan produk Sobat untuk dikurasi masuk katalog produk lokal
beri masukan rancangan Perbup penataan pasar rakyat
"""),
    promosi=L("""
Rancaweni Expo UMKM digelar di {landmark}, ada ratusan produk lokal dan kuliner khas
ayo borong produk unggulan Rancaweni: keripik singkong, batik tulis, dan kopi Gunungwaru
pameran investasi Rancaweni menawarkan peluang usaha di kawasan industri Karangsalam
belanja oleh-oleh khas Rancaweni di galeri UMKM {jalan}, buka setiap hari
"""),
    lainnya=L("""
Kuis: apa oleh-oleh khas Rancaweni favorit Sobat?
Selamat pagi para pejuang rupiah, semangat berdagang hari ini
"""),
)

SECTORS["pertanian_pangan"] = dict(
    agency=[("DistanRancaweni", "Distan Rancaweni"), ("DKPPRcw", "Dinas Ketahanan Pangan Rancaweni"),
            ("DislutkanRcw", "Diskanlut Rancaweni")],
    tags=["#PetaniRancaweni", "#KetahananPangan", "#RancaweniLumbungPangan", "#NelayanRancaweni"],
    lok=["kantor BPP Kec. {kec}", "Balai Desa {desa}", "kantor Distan {jalan}", "TPI Karang Ayu",
         "Pos Keswan {kec}"],
    layanan=L("""
Penebusan pupuk bersubsidi kini cukup menggunakan KTP
Pendaftaran asuransi usaha tani padi dengan premi bersubsidi
Layanan vaksinasi ternak gratis
Pengajuan alat mesin pertanian bagi kelompok tani
Pendaftaran kartu nelayan dan asuransi nelayan
Layanan konsultasi budidaya ikan air tawar
Pemeriksaan kesehatan hewan kurban gratis menjelang Iduladha
"""),
    syarat=L("""
terdaftar di e-RDKK
membawa KTP dan kartu tani
diajukan melalui gapoktan
gratis bagi peternak
"""),
    kebijakan=L("""
produksi padi Rancaweni tahun ini mencapai {big} ton gabah kering giling
alokasi pupuk bersubsidi tahun 2026 ditetapkan sebanyak {big} ton
Pemkab menyalurkan {n} unit traktor dan pompa air kepada gapoktan
cadangan pangan pemerintah daerah mencapai {n} ton beras
program tanam pohon buah dan pekarangan pangan lestari menjangkau {n} desa
harga pembelian gabah di tingkat petani ditetapkan minimal Rp 6.500 per kilogram
"""),
    edukasi=L("""
gunakan pupuk berimbang sesuai anjuran penyuluh pertanian
kenali gejala penyakit mulut dan kuku pada ternak dan segera laporkan
olah lahan dengan pola tanam serempak untuk menekan serangan hama wereng
simpan ikan hasil tangkapan dengan es agar mutu tetap terjaga
habiskan makananmu, jangan sisakan nasi di piring
manfaatkan pekarangan rumah untuk menanam sayuran
"""),
    darurat=L("""
serangan hama wereng merusak {n} hektare sawah di Kecamatan {kec}, petani diminta waspada
gelombang tinggi hingga 3 meter, nelayan diimbau tidak melaut untuk sementara
{n} hektare sawah di {desa} terendam banjir dan terancam puso
kasus PMK ditemukan di Desa {desa}, lalu lintas ternak ditutup sementara
"""),
    pimpinan=L("""
melakukan panen raya padi bersama petani di Desa {desa}
menyerahkan bantuan benih padi unggul kepada gapoktan di Kecamatan {kec}
meninjau gudang cadangan pangan daerah
menghadiri Gerakan Pangan Murah di halaman Pendopo
melepas benih ikan di Telaga Biru Lebaksiuh
"""),
    ucapan=L("""
Hari Tani Nasional
Hari Pangan Sedunia
Hari Nelayan Nasional
Hari Ikan Nasional
"""),
    keluhan=L("""
pupuk subsidi di kios {desa} kosong terus, petani kebingungan
sapi saya mulutnya luka dan nggak mau makan, harus lapor ke mana
saluran irigasi ke sawah kami kering, tolong dibantu
harga gabah anjlok pas panen, petani rugi
"""),
    balasan=L("""
terima kasih infonya, kami koordinasikan dengan distributor agar stok pupuk di {desa} segera terisi
silakan hubungi petugas Pos Keswan terdekat atau DM kami, petugas akan memeriksa ternak Sobat
laporan sudah kami teruskan ke dinas terkait yang menangani irigasi
masukan diterima, Bulog dan dinas akan menyerap gabah petani sesuai harga pembelian pemerintah
"""),
    ajakan=L("""
isi survei kebutuhan alsintan untuk kelompok tani melalui tautan ini
sampaikan usulan komoditas unggulan desa Sobat untuk Musrenbang pertanian
"""),
    promosi=L("""
pasar tani dan festival durian Rancaweni hadir di {landmark}, ayo borong hasil bumi petani lokal
lomba olahan ikan dan festival bakar ikan Pantai Karang Ayu berhadiah total {rp}
"""),
    lainnya=L("""
Selamat pagi petani Rancaweni, sawah menghijau, semangat pun membara
Kuis: sebutkan varietas padi lokal Rancaweni yang kamu tahu
"""),
)

SECTORS["lingkungan_hidup"] = dict(
    agency=[("DLHRancaweni", "DLH Rancaweni")],
    tags=["#DLHRancaweni", "#RancaweniBersih", "#BijakKelolaSampah", "#GoGreen"],
    lok=["kantor DLH {jalan}", "Bank Sampah Induk Rancaweni", "TPS3R Desa {desa}", "TPA Gunungwaru"],
    layanan=L("""
Layanan pengangkutan sampah rumah tangga terjadwal
Layanan uji kualitas air dan udara di laboratorium lingkungan
Pendaftaran nasabah bank sampah
Layanan pengaduan pencemaran lingkungan
Pengambilan bibit pohon gratis bagi warga
Pengajuan dokumen lingkungan UKL-UPL secara online
"""),
    syarat=L("""
membawa KTP
mengisi formulir permohonan
gratis, kuota terbatas
"""),
    kebijakan=L("""
Perbup tentang pengurangan kantong plastik sekali pakai mulai berlaku di pasar modern
volume sampah yang terkelola mencapai {pct}% dari timbulan sampah harian
Rancaweni kembali meraih Piala Adipura
DLH memberikan sanksi administratif kepada {n} perusahaan yang membuang limbah ke sungai
pembangunan TPS3R di {n} desa dengan anggaran {rp} telah rampung
indeks kualitas lingkungan hidup Rancaweni naik menjadi {pct}
"""),
    edukasi=L("""
pilah sampah organik dan anorganik dari rumah
bawa tas belanja sendiri dan kurangi plastik sekali pakai
jangan membuang sampah ke sungai karena menyebabkan banjir dan pencemaran
olah sampah organik menjadi kompos di rumah
tanam satu pohon untuk satu kehidupan
"""),
    darurat=L("""
pengangkutan sampah di wilayah kota terganggu karena akses ke TPA Gunungwaru tertutup longsor
ribuan ikan mati di Sungai Ciweni diduga akibat pencemaran limbah, warga diminta tidak mengonsumsi
kabut asap dari kebakaran lahan menyelimuti {kec}, warga diimbau memakai masker
"""),
    pimpinan=L("""
memimpin aksi tanam pohon di bantaran Sungai Ciweni
meresmikan TPS3R Desa {desa}
meninjau TPA Gunungwaru yang mendekati kapasitas penuh
membuka kegiatan gerakan bersih sungai bersama komunitas pecinta lingkungan
"""),
    ucapan=L("""
Hari Lingkungan Hidup Sedunia
Hari Peduli Sampah Nasional
Hari Bumi
Hari Menanam Pohon Indonesia
"""),
    keluhan=L("""
sampah di TPS {jalan} numpuk udah seminggu belum diangkut, bau banget
ada pabrik di {kec} buang limbah ke sungai, airnya hitam
truk sampah lewat depan rumah tapi sampah nggak diangkut
"""),
    balasan=L("""
mohon maaf atas keterlambatannya, armada akan mengangkut sampah di TPS {jalan} hari ini
terima kasih laporannya, tim pengawas DLH segera mengambil sampel air di lokasi
laporan sudah kami teruskan ke petugas pengangkutan wilayah {kec}
"""),
    ajakan=L("""
laporkan titik pembuangan sampah liar melalui kanal aduan DLH
isi survei partisipasi warga dalam pemilahan sampah
"""),
    promosi=L("""
lomba kampung bersih dan hijau se-Kabupaten Rancaweni berhadiah total {rp}
fashion show busana daur ulang di {landmark}, ayo datang dan dukung kreativitas warga
"""),
    lainnya=L("""
Selamat pagi, udara pagi di Taman Kota Sekarwangi segar sekali
Kuis: berapa lama plastik terurai di tanah?
"""),
)

SECTORS["perhubungan"] = dict(
    agency=[("DishubRancaweni", "Dishub Rancaweni")],
    tags=["#DishubRancaweni", "#TertibLalin", "#MudikAman", "#SelamatSampaiTujuan"],
    lok=["UPT Pengujian Kendaraan {jalan}", "Terminal Watugede", "kantor Dishub {jalan}",
         "Stasiun Rancaweni"],
    layanan=L("""
Layanan uji KIR kendaraan angkutan barang dan penumpang
Pembayaran retribusi parkir kini bisa non-tunai dengan QRIS
Layanan bus sekolah gratis bagi pelajar
Jadwal keberangkatan bus angkutan perintis Watugede-Lebaksiuh
Layanan pengaduan PJU mati melalui hotline Dishub
Layanan mudik gratis bagi warga Rancaweni di perantauan
"""),
    syarat=L("""
membawa STNK dan buku uji lama
cukup menunjukkan kartu pelajar
mendaftar dengan KTP dan KK
tarif sesuai Perda retribusi
"""),
    kebijakan=L("""
rekayasa lalu lintas satu arah di {jalan} resmi diberlakukan mulai {tgl}
sebanyak {n} titik PJU baru dipasang di ruas jalan kabupaten
Perbup tentang tarif parkir tepi jalan umum telah ditetapkan
laporan angkutan Lebaran mencatat {big} pemudik melintas di Terminal Watugede
penambahan {n} unit bus sekolah dengan anggaran {rp}
larangan truk bermuatan berat melintas di {jalan} pada jam sibuk
"""),
    edukasi=L("""
gunakan helm SNI dan patuhi rambu lalu lintas
jangan parkir di bahu jalan yang bertanda larangan parkir
pastikan kendaraan dalam kondisi prima sebelum perjalanan mudik
istirahat setiap empat jam saat berkendara jauh
dahulukan pejalan kaki di zebra cross
"""),
    darurat=L("""
pengalihan arus lalu lintas di {jalan} karena perbaikan jembatan, kendaraan dialihkan lewat {jalan2}
lampu lalu lintas di simpang {jalan} padam akibat gangguan listrik, petugas mengatur arus secara manual
kecelakaan beruntun di {jalan}, arus lalu lintas tersendat, hindari ruas tersebut
perjalanan kereta lokal terganggu karena rel terendam banjir di {desa}
"""),
    pimpinan=L("""
meninjau kesiapan Terminal Watugede menjelang arus mudik
melepas peserta mudik gratis Pemkab Rancaweni
meresmikan penerangan jalan umum tenaga surya di {jalan}
memimpin apel gelar pasukan operasi ketupat bersama Polres dan Dishub
"""),
    ucapan=L("""
Hari Perhubungan Nasional
Hari Lalu Lintas Bhayangkara
"""),
    keluhan=L("""
lampu PJU di {jalan} mati semua, gelap dan rawan begal
parkir liar di depan {landmark} bikin macet tiap sore
jukir minta 5 ribu padahal tarif resmi 2 ribu
bus sekolah di rute {kec} sering telat
"""),
    balasan=L("""
terima kasih laporannya, tim PJU akan melakukan perbaikan malam ini
sudah kami teruskan ke petugas lapangan untuk penertiban parkir di lokasi
silakan laporkan nama atau foto jukir melalui DM, akan kami tindak sesuai aturan
mohon maaf, jadwal bus rute {kec} akan kami evaluasi, terima kasih atas masukannya
"""),
    ajakan=L("""
isi survei rencana rute angkutan umum baru Rancaweni
sampaikan usulan lokasi zebra cross dan rambu melalui formulir ini
"""),
    promosi=L("""
ayo naik bus wisata keliling kota Rancaweni, tiket hanya Rp 5.000
lomba foto jalur mudik tercantik Rancaweni berhadiah {rp}
"""),
    lainnya=L("""
Selamat pagi, arus lalu lintas di Alun-alun pagi ini terpantau lancar dan cerah
Kuis rambu: apa arti rambu huruf P dicoret?
"""),
)

SECTORS["kominfo"] = dict(
    agency=[("KominfoRancaweni", "Diskominfo Rancaweni")],
    tags=["#DiskominfoRancaweni", "#LawanHoaks", "#SmartCityRancaweni", "#RancaweniDigital"],
    lok=["kantor Diskominfo {jalan}", "Media Center Rancaweni", "ruang PPID {jalan}",
         "Taman Kota Sekarwangi"],
    layanan=L("""
Permohonan informasi publik dapat diajukan secara online melalui laman PPID
Layanan wifi gratis tersedia di taman kota dan balai desa
Layanan pembuatan email dinas dan subdomain bagi perangkat daerah
Pengaduan masyarakat dapat disampaikan melalui aplikasi Rancaweni Lapor
Layanan konsultasi keamanan informasi dan sertifikat elektronik bagi OPD
Layanan data statistik sektoral melalui portal Satu Data Rancaweni
"""),
    syarat=L("""
mengisi formulir permohonan informasi
tanpa biaya
cukup memindai kode QR di lokasi
"""),
    kebijakan=L("""
indeks SPBE Kabupaten Rancaweni naik menjadi {pct} dengan predikat baik
Perbup tentang Satu Data Rancaweni resmi ditetapkan
sebanyak {n} titik wifi publik baru terpasang di desa-desa
hasil monitoring keterbukaan informasi publik menempatkan Rancaweni sebagai badan publik informatif
laporan layanan PPID tahun ini mencatat {n} permohonan informasi yang seluruhnya telah dijawab
"""),
    edukasi=L("""
saring sebelum sharing, cek kebenaran informasi sebelum menyebarkannya
klarifikasi: beredar pesan berantai tentang bantuan Rp 3 juta dari Pemkab, itu hoaks
jangan bagikan kode OTP kepada siapa pun
gunakan kata sandi yang kuat dan aktifkan verifikasi dua langkah
literasi digital: kenali ciri-ciri berita hoaks
waspada tautan undangan pernikahan berformat APK di WhatsApp
"""),
    darurat=L("""
situs resmi Pemkab Rancaweni sedang mengalami gangguan akibat serangan siber, tim sedang menangani
layanan internet di kantor-kantor pemerintahan terganggu karena kabel fiber optik putus
aplikasi Rancaweni Lapor tidak dapat diakses sementara karena pemeliharaan darurat server
"""),
    pimpinan=L("""
meluncurkan aplikasi super Rancaweni dalam genggaman
membuka bimbingan teknis pengelola media sosial OPD
menghadiri rakor Bakohumas tingkat provinsi
meresmikan command center smart city Rancaweni
"""),
    ucapan=L("""
Hari Pers Nasional
Hari Radio Republik Indonesia
Hari Statistik Nasional
Hari Keterbukaan Informasi Nasional
"""),
    keluhan=L("""
wifi gratis di taman kota kok nggak bisa connect ya
mau minta data jumlah penduduk per desa buat skripsi, bisa lewat mana
ada akun palsu mengatasnamakan Bupati minta transfer, tolong diklarifikasi
website pemkab nggak bisa dibuka dari tadi
"""),
    balasan=L("""
terima kasih infonya, tim teknis kami akan cek perangkat wifi di lokasi
silakan ajukan permohonan data melalui laman PPID atau portal Satu Data Rancaweni
terima kasih, akun tersebut palsu dan sudah kami laporkan, mohon jangan melayani permintaan transfer
mohon maaf, situs sedang dalam perbaikan dan akan segera pulih
"""),
    ajakan=L("""
ikuti survei indeks kepuasan layanan informasi publik
beri masukan fitur yang Sobat inginkan di aplikasi Rancaweni Lapor
laporkan konten hoaks yang Sobat temukan ke kanal aduan konten kami
"""),
    promosi=L("""
Hackathon Rancaweni Digital 2026 dibuka untuk pelajar dan mahasiswa, total hadiah {rp}
ikuti lomba konten kreatif media sosial bertema Bangga Rancaweni
"""),
    lainnya=L("""
Selamat pagi Sobat Rancaweni, jangan lupa sarapan sebelum beraktivitas
Kuis Jumat: apa kepanjangan PPID? Hadiah pulsa untuk 3 penjawab tercepat
Hari ini Media Center ramai dikunjungi mahasiswa magang, selamat datang
Kamu tim kopi atau tim teh? Tulis di kolom komentar ya
"""),
)

SECTORS["pariwisata_budaya_olahraga"] = dict(
    agency=[("DisparbudporaRcw", "Disparbudpora Rancaweni")],
    tags=["#WonderfulRancaweni", "#PesonaRancaweni", "#DiIndonesiaAja", "#RancaweniBerbudaya"],
    lok=["Tourist Information Center {landmark}", "kantor Disparbudpora {jalan}", "GOR Satria Rancaweni",
         "Museum Daerah Rancaweni"],
    layanan=L("""
Tiket masuk Museum Daerah Rancaweni gratis setiap akhir pekan
Pendaftaran pemandu wisata bersertifikat
Jam operasional objek wisata Curug Sewu Weni selama libur panjang
Layanan peminjaman GOR Satria untuk kegiatan olahraga masyarakat
Pendaftaran sanggar seni untuk memperoleh nomor induk kesenian
Layanan informasi paket wisata desa melalui Tourist Information Center
"""),
    syarat=L("""
mengajukan surat permohonan paling lambat H-7
membawa KTP dan portofolio kegiatan
tiket dapat dibeli di loket atau secara online
"""),
    kebijakan=L("""
jumlah kunjungan wisatawan ke Rancaweni tahun ini mencapai {big} orang
Perda tentang pelestarian cagar budaya telah ditetapkan
sebanyak {n} desa ditetapkan sebagai desa wisata rintisan
kontingen Rancaweni meraih {n} medali emas di Porprov dan naik ke peringkat enam
anggaran pembinaan atlet berprestasi tahun 2026 sebesar {rp}
penetapan {n} warisan budaya takbenda Rancaweni oleh provinsi
"""),
    edukasi=L("""
jaga kebersihan objek wisata dan bawa pulang sampahmu
hormati adat istiadat warga saat berkunjung ke desa wisata
olahraga rutin 30 menit sehari menjaga kebugaran
ajak anak mengenal tari tradisional sejak dini
patuhi larangan berenang di area bertanda bahaya di pantai
"""),
    darurat=L("""
objek wisata Curug Sewu Weni ditutup sementara karena debit air meningkat dan rawan banjir bandang
wisatawan diimbau menjauhi bibir pantai Karang Ayu karena gelombang tinggi
kawasan Hutan Pinus Gunungwaru ditutup sementara akibat pohon tumbang
"""),
    pimpinan=L("""
membuka Festival Budaya Rancaweni di Alun-alun
melepas kontingen Rancaweni menuju Porprov
meresmikan Desa Wisata {desa}
menghadiri pagelaran wayang semalam suntuk di Pendopo
menyerahkan bonus kepada atlet peraih medali
"""),
    ucapan=L("""
Hari Olahraga Nasional
Hari Sumpah Pemuda
Hari Batik Nasional
Hari Wayang Nasional
Hari Pariwisata Dunia
"""),
    keluhan=L("""
toilet di Pantai Karang Ayu kotor banget, tolong diperhatikan
tiket masuk Curug Sewu Weni kok beda sama yang di website
lapangan di GOR Satria bocor, atlet latihan jadi terganggu
"""),
    balasan=L("""
terima kasih atas masukannya, sudah kami teruskan ke pengelola untuk segera dibersihkan
tarif resmi sesuai Perda, mohon DM bukti tiket agar kami cek ke pengelola
mohon maaf, perbaikan atap GOR sudah masuk jadwal bulan depan
"""),
    ajakan=L("""
ikut polling: destinasi wisata Rancaweni mana yang paling ingin Sobat kunjungi
usulkan atraksi untuk kalender event wisata 2026 melalui formulir ini
"""),
    promosi=L("""
ayo berkunjung ke {wisata}, nikmati keindahan alam dan kuliner khasnya
Festival Layang-layang Pantai Karang Ayu kembali digelar, catat tanggalnya
Rancaweni Night Run 10K, daftar sekarang dan rasakan pesona kota di malam hari
nikmati paket wisata edukasi membatik di Kampung Batik Tegalweni
karnaval budaya Hari Jadi Rancaweni menampilkan {n} kelompok kesenian
kuliner wajib coba di Rancaweni: sate bandeng, dawet ireng, dan nasi liwet Watugede
"""),
    lainnya=L("""
Tebak lokasi foto ini, hint: ada di Rancaweni bagian utara
Selamat pagi dari puncak Bukit Mekarjati, kabutnya masih tebal
"""),
)

SECTORS["desa"] = dict(
    agency=[("DispermadesRcw", "Dispermades Rancaweni")],
    tags=["#DesaMembangun", "#BUMDesRancaweni", "#DanaDesa", "#DispermadesRancaweni"],
    lok=["kantor Dispermades {jalan}", "balai Desa {desa}", "aula Kecamatan {kec}"],
    layanan=L("""
Layanan konsultasi pengelolaan dana desa dan aplikasi Siskeudes
Pendampingan pendirian dan badan hukum BUMDes
Pendaftaran pelatihan perangkat desa
Layanan pengaduan penyalahgunaan dana desa
"""),
    syarat=L("""
diajukan oleh kepala desa
membawa Perdes pendirian BUMDes
"""),
    kebijakan=L("""
penyaluran dana desa tahap II untuk {n} desa senilai {rp} telah selesai
Perbup tentang tata cara pemilihan kepala desa serentak telah ditetapkan
pilkades serentak akan digelar di {n} desa pada {tgl}
sebanyak {n} BUMDes naik kelas menjadi BUMDes maju
status Indeks Desa Membangun: {n} desa berstatus mandiri
"""),
    edukasi=L("""
warga berhak tahu penggunaan dana desa, cek baliho APBDes di desa masing-masing
ayo awasi bersama penggunaan dana desa agar tepat sasaran
gunakan hak pilih dalam pilkades dan tolak politik uang
"""),
    darurat=L("""
kantor Desa {desa} terbakar, pelayanan administrasi desa dipindahkan sementara ke rumah kepala dusun
"""),
    pimpinan=L("""
melantik {n} kepala desa terpilih hasil pilkades serentak
meninjau BUMDes {desa} yang mengelola air bersih
membuka musyawarah desa perencanaan di Desa {desa}
menghadiri lomba desa tingkat kabupaten di Desa {desa}
"""),
    ucapan=L("""
Hari Desa Nasional
Hari Kesatuan Gerak PKK
"""),
    keluhan=L("""
dana desa di {desa} nggak jelas dipake buat apa, nggak ada transparansi
kapan jadwal pilkades di desa kami
BUMDes di desa kami mangkrak, gimana ini
"""),
    balasan=L("""
terima kasih atas laporannya, kami akan melakukan pembinaan dan meminta Desa {desa} memasang informasi APBDes
jadwal pilkades akan diumumkan panitia kabupaten, pantau terus akun kami
masukan sudah kami teruskan ke pendamping desa Kecamatan {kec}
"""),
    ajakan=L("""
hadiri musyawarah desa dan sampaikan usulan pembangunan di desamu
isi survei kepuasan warga terhadap pelayanan pemerintah desa
"""),
    promosi=L("""
Gelar Produk BUMDes se-Kabupaten Rancaweni di {landmark}, ada madu hutan dan gula aren
"""),
    lainnya=L("""
Selamat pagi dari Desa {desa}, sawah hijau dan udara segar
"""),
)

SECTORS["pemerintahan"] = dict(
    agency=[("BappedaRancaweni", "Bappeda Rancaweni"), ("BapendaRcw", "Bapenda Rancaweni"),
            ("BKPSDMRcw", "BKPSDM Rancaweni"), ("DPRDRancaweni", "DPRD Rancaweni"),
            ("KecWatugede", "Kecamatan Watugede")],
    tags=["#APBDRancaweni", "#BayarPajakDaerah", "#ASNBerAKHLAK", "#Musrenbang2026"],
    lok=["kantor Bapenda {jalan}", "Mal Pelayanan Publik Rancaweni", "kantor Kecamatan {kec}",
         "kantor BKPSDM {jalan}", "Gedung DPRD {jalan}"],
    layanan=L("""
Pembayaran PBB-P2 kini bisa melalui QRIS, minimarket, dan mobile banking
Layanan cetak ulang SPPT PBB
Layanan legalisir dan surat keterangan di kantor kecamatan
Layanan pengaduan kepegawaian ASN melalui helpdesk BKPSDM
Pendaftaran seleksi PPPK dilakukan melalui portal SSCASN
Layanan konsultasi pajak hotel dan restoran
"""),
    syarat=L("""
membawa SPPT tahun sebelumnya
menyiapkan NOP
membawa KTP dan surat pengantar desa
"""),
    kebijakan=L("""
APBD Kabupaten Rancaweni tahun 2026 ditetapkan sebesar {rp} dalam rapat paripurna DPRD
realisasi pendapatan asli daerah mencapai {pct}% dari target
penghapusan denda PBB berlaku hingga {tgl}
hasil seleksi CPNS Kabupaten Rancaweni telah diumumkan
RPJMD Rancaweni 2025-2029 telah ditetapkan menjadi Perda
Bupati mengeluarkan surat edaran tentang jam kerja ASN selama Ramadan
Rancaweni kembali meraih opini WTP dari BPK
{n} unit kerja dicanangkan sebagai zona integritas menuju WBK
"""),
    edukasi=L("""
bayar pajak daerah tepat waktu, pajakmu untuk pembangunan Rancaweni
ASN wajib netral dalam pemilu dan pilkada
tolak gratifikasi dan laporkan pungli
kenali cara memeriksa keaslian SPPT PBB
"""),
    darurat=L("""
sistem pembayaran PBB online mengalami gangguan, pembayaran bisa dilakukan di loket bank
pelayanan di kantor Kecamatan {kec} dipindahkan sementara karena gedung terdampak banjir
"""),
    pimpinan=L("""
melantik {n} pejabat administrator dan pengawas di lingkungan Pemkab Rancaweni
menghadiri rapat paripurna DPRD tentang nota keuangan RAPBD
membuka Musrenbang RKPD Kabupaten Rancaweni
memimpin apel pagi ASN di halaman Setda
menerima kunjungan kerja Ombudsman perwakilan provinsi
menyerahkan SK PPPK kepada {n} pegawai
"""),
    ucapan=L("""
HUT KORPRI
Hari Otonomi Daerah
Hari Lahir Pancasila
Hari Bela Negara
"""),
    keluhan=L("""
SPPT PBB rumah saya belum dibagikan, padahal udah mau jatuh tempo
di kantor kecamatan {kec} pegawainya jam 10 belum pada datang
pengumuman PPPK kapan ya min
ada pungli pas ngurus surat di kecamatan
"""),
    balasan=L("""
SPPT dapat dicetak ulang di kantor Bapenda atau dicek secara online dengan NOP
terima kasih atas laporannya, sudah kami teruskan ke inspektorat dan camat untuk ditindaklanjuti
pengumuman hasil seleksi PPPK dijadwalkan pekan depan melalui laman BKPSDM
mohon DM kronologi dan waktunya, laporan pungli akan kami tindak lanjuti dengan tegas
"""),
    ajakan=L("""
sampaikan usulan pembangunan untuk Musrenbang tingkat kecamatan melalui aplikasi e-Musrenbang
isi kuesioner evaluasi RPJMD melalui tautan berikut
sampaikan aspirasi Sobat kepada anggota DPRD dalam reses masa sidang ini
"""),
    promosi=L("""
undian berhadiah bagi wajib pajak taat, hadiah utama sepeda motor
"""),
    lainnya=L("""
Selamat pagi, apel pagi ASN hari ini diikuti dengan penuh semangat
Kuis: apa kepanjangan APBD?
"""),
)

SECTORS["umum"] = dict(
    agency=[("PemkabRancaweni", "Pemkab Rancaweni"), ("ProkopimRcw", "Prokopim Setda Rancaweni")],
    tags=["#Rancaweni", "#RancaweniMaju", "#SobatRancaweni"],
    lok=["Pendopo Kabupaten Rancaweni", "Alun-alun Rancaweni"],
    layanan=L("""
Layanan call center terpadu Pemkab Rancaweni 112 siap melayani 24 jam
Jam layanan kantor pemerintahan selama libur cuti bersama
"""),
    syarat=L("""
bebas pulsa
"""),
    kebijakan=L("""
Pemkab Rancaweni menetapkan cuti bersama ASN sesuai SKB tiga menteri
hasil evaluasi kinerja Pemkab Rancaweni tahun ini mendapat predikat sangat baik
"""),
    edukasi=L("""
mari jaga persatuan dan toleransi antarumat beragama
jaga kerukunan dan jangan mudah terprovokasi
mari kibarkan bendera merah putih di setiap rumah selama Agustus
"""),
    darurat=L("""
"""),
    pimpinan=L("""
menjadi inspektur upacara peringatan HUT RI di Alun-alun Rancaweni
menghadiri halal bihalal keluarga besar Pemkab Rancaweni
melakukan silaturahmi dengan tokoh agama dan tokoh masyarakat
menghadiri upacara Hari Jadi Kabupaten Rancaweni
menggelar open house Idulfitri di Pendopo
menghadiri doa bersama lintas agama untuk keselamatan bangsa
"""),
    ucapan=L("""
Hari Raya Idul Fitri
Hari Raya Idul Adha
Hari Raya Natal
Tahun Baru Imlek
Hari Raya Nyepi
Hari Raya Waisak
Tahun Baru Islam
Maulid Nabi Muhammad SAW
Isra Miraj Nabi Muhammad SAW
HUT Kemerdekaan RI
Hari Jadi Kabupaten Rancaweni
Hari Pahlawan
Tahun Baru
"""),
    keluhan=L("""
mau tanya nomor pengaduan resmi pemkab berapa ya
"""),
    balasan=L("""
silakan hubungi call center 112 atau DM kami, akan kami bantu arahkan ke dinas terkait
"""),
    ajakan=L("""
ikut polling: menurut Sobat, apa prioritas pembangunan Rancaweni tahun depan
"""),
    promosi=L("""
rangkaian acara Hari Jadi Kabupaten Rancaweni: pawai, bazar, dan pesta rakyat di Alun-alun
"""),
    lainnya=L("""
Selamat pagi Sobat Rancaweni, semoga hari ini penuh berkah
Jumat berkah, jangan lupa bersedekah
Selamat berakhir pekan bersama keluarga tercinta
Hujan turun sejak pagi, tetap semangat beraktivitas ya
Kata-kata motivasi hari ini: kerja keras tidak akan mengkhianati hasil
Senja di Alun-alun Rancaweni sore ini cantik sekali
Sobat lagi ngapain nih di hari Minggu?
Semangat Senin! Awali minggu dengan doa dan senyuman
"""),
)


# More content for the thinner sectors (written in a second pass so every label clears its floor).
def more(sector, **lists):
    for key, text in lists.items():
        SECTORS[sector][key] += L(text)


more("desa",
     layanan="""
Layanan verifikasi laporan pertanggungjawaban dana desa
Bimbingan teknis penyusunan APBDes bagi sekretaris dan bendahara desa
Layanan fasilitasi pembentukan kader pemberdayaan masyarakat desa
Pendaftaran lomba desa dan kelurahan tingkat kabupaten
""",
     kebijakan="""
alokasi dana desa tahun 2026 untuk Desa {desa} ditetapkan sebesar {rp}
sebanyak {n} desa telah menyalurkan BLT Dana Desa tahap pertama
Perbup tentang pengelolaan keuangan desa yang baru mulai berlaku
{n} kepala desa menerima penghargaan desa antikorupsi
hasil evaluasi menunjukkan {pct}% desa sudah menggunakan Siskeudes daring
""",
     edukasi="""
perangkat desa wajib transparan, pasang informasi APBDes di tempat yang mudah dilihat warga
libatkan pemuda dan perempuan dalam musyawarah desa
kelola BUMDes secara profesional dan laporkan keuangannya kepada warga
ayo ikut gotong royong membangun desa, kerja bakti setiap Minggu pagi
""",
     darurat="""
penyaluran BLT Dana Desa di {n} desa ditunda sementara karena gangguan aplikasi Siskeudes
""",
     pimpinan="""
membuka bimbingan teknis bagi {n} kepala desa se-Kabupaten Rancaweni
menyerahkan penghargaan kepada BUMDes terbaik tingkat kabupaten
meninjau pembangunan jalan usaha tani dari dana desa di {desa}
menghadiri rapat koordinasi penyaluran dana desa bersama para camat
""",
     keluhan="""
kepala desa kami jarang di kantor, mau urus surat susah banget
pembagian BLT dana desa di {desa} nggak merata, yang dapet itu-itu aja
""",
     balasan="""
terima kasih masukannya, akan kami sampaikan kepada camat untuk pembinaan pelayanan desa
silakan sampaikan data penerima yang dinilai tidak tepat melalui musyawarah desa atau DM kami
""",
     ajakan="""
isi survei indeks desa membangun untuk desamu melalui tautan berikut
usulkan potensi unggulan desamu untuk dikembangkan lewat BUMDes
""",
     promosi="""
lomba desa terbersih dan terinovatif berhadiah {rp}, daftarkan desamu segera
ayo beli produk BUMDes: beras organik {desa}, madu klanceng, dan keripik pisang
""",
     lainnya="""
Kuis: berapa jumlah desa di Kabupaten Rancaweni? Jawab di komentar ya
Potret gotong royong warga Desa {desa} membangun gapura kampung, guyub sekali
""",
     ucapan="""
Hari Bhakti Desa
""")

more("lingkungan_hidup",
     layanan="""
Layanan penjemputan sampah elektronik gratis
Pendaftaran program kampung iklim
Layanan penimbangan sampah di bank sampah keliling
""",
     kebijakan="""
{n} sekolah ditetapkan sebagai sekolah Adiwiyata tahun ini
luas ruang terbuka hijau di kawasan perkotaan mencapai {pct}%
bank sampah di {n} desa berhasil mengurangi sampah hingga {n} ton per bulan
""",
     edukasi="""
matikan lampu dan alat elektronik yang tidak digunakan untuk menghemat energi
gunakan air bekas wudu untuk menyiram tanaman
jangan membakar sampah plastik karena asapnya berbahaya bagi kesehatan
""",
     darurat="""
tumpukan sampah di TPS {jalan} terbakar, petugas DLH dan Damkar melakukan pemadaman
""",
     pimpinan="""
menyerahkan penghargaan Adiwiyata kepada sekolah peduli lingkungan
meluncurkan gerakan Rancaweni bebas plastik
""",
     keluhan="""
sungai di belakang pasar penuh sampah plastik, kapan dibersihkan
ada yang bakar sampah tiap sore di {desa}, asapnya masuk rumah
""",
     balasan="""
terima kasih laporannya, tim kebersihan sungai dijadwalkan turun pekan ini
laporan sudah kami teruskan ke pemerintah desa dan Satpol PP untuk ditegur
""",
     lainnya="""
Taman kota pagi ini ramai warga berolahraga, hijau dan teduh
""")

more("perhubungan",
     layanan="""
Layanan penerbitan izin trayek angkutan umum
Pengaduan angkutan umum yang ugal-ugalan melalui hotline Dishub
Layanan pengujian kendaraan keliling di Kecamatan {kec}
""",
     kebijakan="""
Dishub memasang {n} unit CCTV lalu lintas di persimpangan utama
tarif angkot dalam kota ditetapkan Rp 4.000 untuk umum dan Rp 2.000 untuk pelajar
penataan parkir elektronik di {jalan} mulai diterapkan
""",
     edukasi="""
jangan menerobos palang perlintasan kereta api
ajari anak menyeberang jalan dengan aman
""",
     darurat="""
perlintasan kereta di {jalan} ditutup sementara karena palang pintu rusak, gunakan jalur lain
terminal Watugede dialihkan sementara karena banjir, bus berangkat dari {jalan}
""",
     pimpinan="""
melakukan uji coba bus Trans Rancaweni bersama pelajar
meninjau pemasangan CCTV lalu lintas di simpang {jalan}
""",
     keluhan="""
angkot jurusan terminal sering ngetem lama di {jalan}, bikin macet
rambu di tikungan {desa} ketutup pohon, bahaya
""",
     balasan="""
terima kasih laporannya, petugas akan menertibkan angkot yang ngetem di lokasi
laporan sudah kami teruskan ke tim rambu untuk pemangkasan dan perbaikan
""",
     lainnya="""
Pagi ini lalu lintas di Jl. Sudirman ramai lancar, hati-hati di jalan ya
""")

more("perempuan_anak_kb",
     layanan="""
Layanan KB keliling bagi pasangan usia subur
Layanan rumah aman bagi korban kekerasan
""",
     kebijakan="""
{n} sekolah di Rancaweni ditetapkan sebagai sekolah ramah anak
jumlah akseptor KB baru tahun ini mencapai {big} orang
""",
     edukasi="""
kenali tanda anak mengalami perundungan: murung, menarik diri, dan enggan sekolah
bicarakan bahaya kekerasan seksual dengan anak menggunakan bahasa yang sederhana
""",
     pimpinan="""
menghadiri Jambore Forum Anak tingkat kabupaten
meresmikan rumah aman bagi perempuan dan anak korban kekerasan
""",
     keluhan="""
ada anak putus sekolah di {desa} mau dinikahkan, umurnya baru 15 tahun
""",
     balasan="""
terima kasih atas laporannya, tim kami bersama pemerintah desa akan segera melakukan pendampingan
""",
     lainnya="""
Kuis: apa kepanjangan dari UPTD PPA?
""")

more("sosial",
     layanan="""
Layanan penjangkauan anak jalanan dan gelandangan
Pendaftaran penerima alat bantu disabilitas
""",
     kebijakan="""
sebanyak {n} penyandang disabilitas menerima alat bantu tahun ini
Dinsos menonaktifkan {big} penerima bansos yang tidak lagi memenuhi kriteria
""",
     edukasi="""
jangan memberi uang kepada pengemis di jalan, salurkan melalui lembaga resmi
cek dahulu status bansos melalui kanal resmi, bukan melalui grup WhatsApp
""",
     pimpinan="""
meninjau Panti Sosial Asuhan Anak di {kec}
""",
     keluhan="""
ada pengemis anak di lampu merah {jalan} tiap sore, kasihan
""",
     balasan="""
terima kasih infonya, tim penjangkauan Dinsos akan segera ke lokasi
""")

more("kominfo",
     keluhan="""
siaran radio pemkab kok nggak kedengeran di {kec}
""",
     balasan="""
terima kasih infonya, pemancar radio sedang kami perbaiki
""",
     kebijakan="""
Diskominfo meluncurkan {n} layanan digital baru dalam aplikasi Rancaweni Lapor
""",
     pimpinan="""
menerima kunjungan studi tiru tata kelola media sosial dari kabupaten tetangga
""")
