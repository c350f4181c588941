/*
 * Fixed demo material for `sigap seed`: Denpasar's agencies (Perangkat Daerah), their applications,
 * the servers they run on, vendors and upstream CSIRTs, and report texts per incident type.
 * Names of agencies follow the city's organisation; domains, vendors and people are invented.
 */
import type { IncidentTypeCode } from "../core/taxonomy/incident-types.ts";

export interface DemoAgency {
  name: string;
  shortName: string;
  /** Sub-domain under denpasarkota.go.id of its main site. */
  site: string;
}

export const DEMO_AGENCIES: readonly DemoAgency[] = [
  { name: "Dinas Kesehatan Kota Denpasar", shortName: "Dinkes", site: "dinkes" },
  { name: "Dinas Pendidikan Kepemudaan dan Olahraga Kota Denpasar", shortName: "Disdikpora", site: "disdikpora" },
  { name: "Dinas Kependudukan dan Pencatatan Sipil Kota Denpasar", shortName: "Disdukcapil", site: "disdukcapil" },
  { name: "Badan Pendapatan Daerah Kota Denpasar", shortName: "Bapenda", site: "bapenda" },
  { name: "Badan Pengelolaan Keuangan dan Aset Daerah Kota Denpasar", shortName: "BPKAD", site: "bpkad" },
  {
    name: "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Kota Denpasar",
    shortName: "DPMPTSP",
    site: "perizinan",
  },
  { name: "Dinas Sosial Kota Denpasar", shortName: "Dinsos", site: "dinsos" },
  { name: "Dinas Perhubungan Kota Denpasar", shortName: "Dishub", site: "dishub" },
  { name: "Dinas Pariwisata Kota Denpasar", shortName: "Dispar", site: "pariwisata" },
  { name: "Dinas Kebudayaan Kota Denpasar", shortName: "Disbud", site: "kebudayaan" },
  { name: "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia Kota Denpasar", shortName: "BKPSDM", site: "bkpsdm" },
  { name: "Badan Perencanaan Pembangunan Daerah Kota Denpasar", shortName: "Bappeda", site: "bappeda" },
  { name: "Satuan Polisi Pamong Praja Kota Denpasar", shortName: "Satpol PP", site: "satpolpp" },
  { name: "RSUD Wangaya Kota Denpasar", shortName: "RSUD Wangaya", site: "rsudwangaya" },
  { name: "Kecamatan Denpasar Selatan", shortName: "Kec. Densel", site: "densel" },
  { name: "Kecamatan Denpasar Utara", shortName: "Kec. Denut", site: "denut" },
];

export const DEMO_VENDORS: readonly string[] = [
  "PT Bali Digital Nusantara",
  "CV Sinar Teknologi Dewata",
  "PT Jagat Solusi Informatika",
  "CV Padma Web Kreasi",
];

// Every address in demo data is under the reserved `.example` top-level domain: a demo database
// whose outbox is later delivered for real must never write to a real agency or CSIRT.
export const DEMO_UPSTREAMS: readonly { name: string; shortName: string; email: string }[] = [
  { name: "Bali Provincial CSIRT (BaliProv-CSIRT)", shortName: "BaliProv-CSIRT", email: "csirt@baliprov.example" },
  { name: "Badan Siber dan Sandi Negara (Gov-CSIRT)", shortName: "BSSN", email: "gov-csirt@bssn.example" },
];

/** Extra applications beside each agency's main site. */
export const DEMO_EXTRA_APPS: readonly { agency: string; name: string; host: string; iiv?: boolean }[] = [
  { agency: "Disdukcapil", name: "Layanan Adminduk Online", host: "adminduk.denpasarkota.go.id", iiv: true },
  { agency: "Bapenda", name: "e-PBB dan Pajak Daerah", host: "pajak.denpasarkota.go.id", iiv: true },
  { agency: "DPMPTSP", name: "Perizinan Online", host: "sipp.denpasarkota.go.id" },
  { agency: "Dinkes", name: "Sistem Informasi Puskesmas", host: "simpus.denpasarkota.go.id" },
  { agency: "RSUD Wangaya", name: "Pendaftaran Online Pasien", host: "daftar.rsudwangaya.denpasarkota.go.id" },
  { agency: "BKPSDM", name: "e-Kinerja ASN", host: "ekinerja.denpasarkota.go.id" },
];

export const DEMO_SERVERS: readonly {
  name: string;
  hostname: string;
  address: string;
  location: "city_dc" | "pdn" | "third_party" | "cloud";
}[] = [
  {
    name: "DC Pemkot — web-01",
    hostname: "web-01.dc.denpasarkota.go.id",
    address: "103.10.20.11",
    location: "city_dc",
  },
  {
    name: "DC Pemkot — web-02",
    hostname: "web-02.dc.denpasarkota.go.id",
    address: "103.10.20.12",
    location: "city_dc",
  },
  {
    name: "DC Pemkot — app-01",
    hostname: "app-01.dc.denpasarkota.go.id",
    address: "103.10.20.21",
    location: "city_dc",
  },
  { name: "PDNS — vm-dps-07", hostname: "vm-dps-07.pdns.go.id", address: "10.77.4.7", location: "pdn" },
  {
    name: "Hosting pihak ketiga — shared-3",
    hostname: "shared-3.hosting.example",
    address: "203.0.113.30",
    location: "third_party",
  },
];

export interface DemoStory {
  typeCode: IncidentTypeCode;
  title: string;
  description: string;
  /** The path under the affected site. */
  path: string;
  personalData?: boolean;
  /** Short name of the agency whose applications this story usually concerns. */
  agency?: string;
  /** Ransomware: kritis whatever the assessment. */
  ransomware?: boolean;
}

/** One or more report texts per incident type, in the words reporters use. */
export const DEMO_STORIES: readonly DemoStory[] = [
  {
    typeCode: "DEF",
    title: "Tampilan situs berubah menjadi pesan peretas",
    description:
      'Saat dibuka pagi ini halaman beranda menampilkan tulisan "Hacked by Little Demon" dengan latar hitam. Menu lain tidak bisa diakses.',
    path: "/",
  },
  {
    typeCode: "JUD",
    title: "Muncul link judi online (slot gacor) di situs",
    description:
      'Hasil pencarian Google untuk situs ini menampilkan judul "SLOT GACOR HARI INI MAXWIN". Di kode sumber halaman ada puluhan link tersembunyi ke situs slot88 dan togel.',
    path: "/berita/",
  },
  {
    typeCode: "JUD",
    title: "Folder baru berisi halaman judi online",
    description:
      "Ditemukan halaman /wp-content/uploads/2026/slot-thailand.html yang berisi promosi bonus new member dan deposit pulsa. Halaman ini tidak pernah dibuat oleh admin.",
    path: "/wp-content/uploads/2026/slot-thailand.html",
  },
  {
    typeCode: "PHI",
    title: "Halaman login palsu meniru e-Kinerja",
    description:
      "Pegawai menerima e-mail berisi tautan ke halaman login tiruan yang meminta NIP dan kata sandi. Alamat pengirim noreply@denpasarkota-go-id.example.",
    path: "/login",
  },
  {
    typeCode: "MAL",
    title: "Berkas di server terenkripsi (dugaan ransomware)",
    description:
      "Semua berkas unggahan berekstensi .locked dan ada catatan README_RESTORE.txt yang meminta tebusan. Hash berkas catatan: 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08.",
    path: "/uploads/",
  },
  {
    typeCode: "DOS",
    title: "Situs tidak bisa diakses sejak siang",
    description:
      "Aplikasi sangat lambat lalu tidak merespons (timeout). Log menunjukkan lonjakan permintaan dari alamat 198.51.100.23 dan 198.51.100.77.",
    path: "/",
  },
  {
    typeCode: "LEK",
    title: "Data warga diduga bocor di forum",
    description:
      "Sebuah akun di forum menjual berkas berisi NIK, nama, dan alamat yang diklaim berasal dari aplikasi ini. Contoh data yang ditampilkan cocok dengan format kami.",
    path: "/",
    personalData: true,
  },
  {
    typeCode: "UAA",
    title: "Akun admin login dari lokasi tidak dikenal",
    description:
      "Ada login akun administrator pukul 02.13 dari alamat 192.0.2.45 yang tidak dikenali tim, lalu dibuat akun baru.",
    path: "/admin",
  },
  {
    typeCode: "WEB",
    title: "Shell web ditemukan di direktori unggahan",
    description:
      "Pemindaian menemukan berkas shell.php di folder upload yang dapat menjalankan perintah. Diduga celah upload berkas.",
    path: "/upload/shell.php",
  },
  {
    typeCode: "BRU",
    title: "Banyak percobaan login gagal",
    description: "Ribuan percobaan login gagal ke halaman admin dalam satu jam dari beberapa alamat IP.",
    path: "/admin/login",
  },
  {
    typeCode: "SCN",
    title: "Pemindaian port dari luar",
    description: "IDS mencatat pemindaian port menyeluruh dari 203.0.113.99 ke server aplikasi.",
    path: "/",
  },
  {
    typeCode: "VUL",
    title: "Laporan kerentanan SQL injection pada pencarian",
    description:
      "Peneliti melaporkan parameter q pada halaman pencarian rentan SQL injection (pesan galat basis data muncul).",
    path: "/cari?q=",
  },
  {
    typeCode: "SPM",
    title: "E-mail spam mengatasnamakan dinas",
    description: "Warga menerima e-mail promosi yang mengatasnamakan dinas dengan lampiran mencurigakan.",
    path: "/",
  },
  {
    typeCode: "OTH",
    title: "Sertifikat TLS situs kedaluwarsa",
    description: "Browser menampilkan peringatan sertifikat tidak valid saat membuka situs.",
    path: "/",
  },
  {
    typeCode: "DEF",
    title: "Halaman berita diganti gambar dan pesan politik",
    description:
      "Beberapa artikel di halaman berita diganti dengan gambar dan tulisan bernada politik. Judul artikel masih sama, isinya berubah sejak semalam.",
    path: "/berita/",
  },
  {
    typeCode: "PHI",
    title: "Formulir bantuan sosial palsu meminta foto KTP",
    description:
      "Beredar tautan formulir pendaftaran bantuan sosial yang meniru tampilan situs dinas dan meminta NIK, foto KTP dan nomor rekening warga.",
    path: "/bansos/daftar",
    personalData: true,
    agency: "Dinsos",
  },
  {
    typeCode: "LEK",
    title: "Berkas data pasien dapat diunduh tanpa login",
    description:
      "Berkas Excel berisi nama, tanggal lahir dan diagnosis pasien dapat diunduh dari folder laporan tanpa login. Tautannya ditemukan lewat mesin pencari.",
    path: "/laporan/rekap-pasien.xlsx",
    personalData: true,
    agency: "RSUD Wangaya",
  },
  {
    typeCode: "UAA",
    title: "Akun media sosial resmi dinas diambil alih",
    description:
      "Kata sandi akun Instagram resmi dinas diganti orang lain dan akun mengunggah promosi investasi. E-mail pemulihan juga sudah diubah.",
    path: "/",
  },
  {
    typeCode: "MAL",
    title: "Skrip penambang kripto di halaman situs",
    description:
      "Pemakaian CPU komputer pengunjung melonjak saat membuka situs. Di kode halaman ada skrip dari domain coinhive-mirror.example yang tidak dikenal.",
    path: "/",
  },
  {
    typeCode: "MAL",
    title: "Server aplikasi terkena ransomware",
    description:
      "Layanan berhenti dan semua basis data tidak bisa dibuka. Muncul pesan meminta tebusan dalam Bitcoin ke alamat dompet tertentu dalam 48 jam.",
    path: "/",
    ransomware: true,
  },
  {
    typeCode: "VUL",
    title: "Direktori .git dapat diakses publik",
    description:
      "Peneliti keamanan menemukan folder /.git/ yang bisa diunduh sehingga kode sumber dan berkas konfigurasi berisi kata sandi basis data terbuka.",
    path: "/.git/",
  },
  {
    typeCode: "DOS",
    title: "Layanan pendaftaran lumpuh saat jam sibuk",
    description:
      "Sejak pukul 09.00 halaman pendaftaran menampilkan galat 503. Lalu lintas dari ribuan alamat IP luar negeri meningkat tajam.",
    path: "/daftar",
  },
  {
    typeCode: "OOS",
    title: "Penipuan mengatasnamakan pegawai dinas lewat WhatsApp",
    description:
      "Warga dihubungi nomor WhatsApp yang mengaku pegawai dinas dan meminta transfer biaya pengurusan izin ke rekening pribadi.",
    path: "/",
  },
  {
    typeCode: "OOS",
    title: "Akun palsu menyebarkan hoaks atas nama Pemkot",
    description:
      "Akun Facebook dengan logo Pemkot menyebarkan informasi bohong tentang penutupan jalan dan meminta warga mengisi survei berhadiah.",
    path: "/",
  },
];

export const DEMO_REPORTERS: readonly {
  name: string;
  kind: "asn" | "public" | "other_agency" | "csirt" | "internal";
  org?: string;
}[] = [
  { name: "I Made Sutrisna", kind: "public" },
  { name: "Ni Luh Putu Ayu Lestari", kind: "asn", org: "Dinas Kesehatan Kota Denpasar" },
  { name: "Komang Adi Wiguna", kind: "public" },
  { name: "Ketut Sri Wahyuni", kind: "asn", org: "Badan Pendapatan Daerah Kota Denpasar" },
  { name: "Gede Pradnyana", kind: "other_agency", org: "Diskominfos Provinsi Bali" },
  { name: "Tim Patroli Siber BSSN", kind: "csirt", org: "BSSN" },
  { name: "Putu Eka Saputra", kind: "public" },
  { name: "Deteksi internal DKIS", kind: "internal", org: "DKIS Kota Denpasar" },
];

/*
 * Demo accounts. Demo data only: the password is published in docs and printed by `sigap seed`,
 * so a seeded database must never be exposed to the internet.
 */

/** The password of every demo account (demo data only). */
export const DEMO_PASSWORD = "demo-sigap-2026";

export interface DemoUser {
  username: string;
  displayName: string;
  role: "admin" | "intake" | "csirt" | "csirt_lead" | "agency" | "developer" | "upstream" | "viewer";
  specialty?: "server" | "network" | "web_admin" | "application" | "infosec";
  /** Short name of the organisation (agency, vendor or upstream) for partner roles. */
  organisation?: string;
}

/** One `demo-<role>` account per role, and a few more analysts and partners for realism. */
export const DEMO_USERS: readonly DemoUser[] = [
  { username: "demo-admin", displayName: "Admin Demo (DKIS)", role: "admin" },
  { username: "demo-intake", displayName: "Ni Kadek Ayu Pratiwi", role: "intake" },
  { username: "demo-csirt", displayName: "I Gusti Ngurah Wira", role: "csirt", specialty: "web_admin" },
  { username: "demo-csirt-server", displayName: "Made Dwi Saputra", role: "csirt", specialty: "server" },
  { username: "demo-csirt-infosec", displayName: "Luh Gede Sri Utami", role: "csirt", specialty: "infosec" },
  { username: "demo-csirt_lead", displayName: "I Wayan Kusuma Jaya", role: "csirt_lead" },
  { username: "demo-agency", displayName: "Ni Putu Widya Astuti", role: "agency", organisation: "Dinkes" },
  { username: "demo-agency-bapenda", displayName: "Kadek Surya Dharma", role: "agency", organisation: "Bapenda" },
  {
    username: "demo-developer",
    displayName: "Komang Arta Wijaya",
    role: "developer",
    organisation: "PT Bali Digital Nusantara",
  },
  { username: "demo-upstream", displayName: "Tim BaliProv-CSIRT", role: "upstream", organisation: "BaliProv-CSIRT" },
  { username: "demo-upstream-bssn", displayName: "Tim Gov-CSIRT BSSN", role: "upstream", organisation: "BSSN" },
  { username: "demo-viewer", displayName: "Sekretaris Daerah (baca saja)", role: "viewer" },
];

/** Name parts for reporters: Balinese birth-order names with given names, and names from elsewhere. */
export const DEMO_NAME_PREFIXES: readonly string[] = [
  "I Wayan",
  "I Made",
  "I Nyoman",
  "I Ketut",
  "I Putu",
  "I Kadek",
  "I Komang",
  "I Gede",
  "Ni Wayan",
  "Ni Made",
  "Ni Nyoman",
  "Ni Ketut",
  "Ni Putu",
  "Ni Kadek",
  "Ni Komang",
  "Ni Luh",
];
export const DEMO_GIVEN_NAMES: readonly string[] = [
  "Suardana",
  "Ariasa",
  "Sudiarta",
  "Widiantara",
  "Darmawan",
  "Wirawan",
  "Adnyana",
  "Mahendra",
  "Pradnyani",
  "Lestari",
  "Sukarini",
  "Wulandari",
  "Astiti",
  "Suryani",
  "Sri Dewi",
  "Yuliantari",
  "Budiarta",
  "Santika",
  "Arya Putra",
  "Ayu Ratna",
  "Eka Pertiwi",
  "Dharma Yasa",
];
export const DEMO_OTHER_NAMES: readonly string[] = [
  "Ahmad Fauzi",
  "Siti Rahmawati",
  "Budi Santoso",
  "Dewi Anggraini",
  "Rizky Pratama",
  "Maria Goreti Lamablawa",
  "Yohanes Kristianto",
  "Andi Saputra",
  "Fransiska Wulan",
  "Hendra Gunawan",
];

/** How reporters say they found out. */
export const DEMO_DISCOVERED_HOW: readonly string[] = [
  "Saat membuka situs untuk mengurus layanan",
  "Diberi tahu kerabat melalui WhatsApp",
  "Notifikasi Google Search Console",
  "Pemantauan rutin oleh tim DKIS",
  "Pemberitahuan dari Tim Patroli Siber BSSN",
  "Hasil pemindaian keamanan berkala",
  "Keluhan pengguna ke layanan pengaduan",
  "Tangkapan layar yang beredar di media sosial",
];

/** Lines of a chronology; `{t}` is a local time, `{host}` the affected site. */
export const DEMO_CHRONOLOGY_LINES: readonly string[] = [
  "Pukul {t} WITA pelapor membuka {host} dan melihat tampilan tidak wajar.",
  "Pukul {t} WITA pelapor mencoba lagi dari jaringan lain dengan hasil yang sama.",
  "Pukul {t} WITA tangkapan layar dikirim ke admin dinas melalui WhatsApp.",
  "Pukul {t} WITA admin dinas belum dapat masuk ke panel pengelola.",
  "Pukul {t} WITA pelapor mengisi formulir aduan Sigap.",
  "Pukul {t} WITA layanan sempat normal lalu bermasalah kembali.",
];

/** What reporters say the effect is. */
export const DEMO_IMPACTS: readonly string[] = [
  "Warga tidak dapat mengakses layanan informasi.",
  "Citra pemerintah kota terganggu karena tampilan tersebar di media sosial.",
  "Layanan pendaftaran terhenti sementara.",
  "Belum diketahui; layanan masih berjalan.",
  "Pegawai tidak dapat bekerja dengan aplikasi selama beberapa jam.",
];

/** What the reporter already did. */
export const DEMO_INITIAL_ACTIONS: readonly string[] = [
  "Mengambil tangkapan layar.",
  "Memberi tahu admin dinas.",
  "Mengganti kata sandi akun admin.",
  "Belum ada tindakan.",
  "Menonaktifkan sementara halaman yang terdampak.",
];

/** Why a report turned out invalid at verification, by MISP disposition value. */
export const DEMO_INVALID_REASONS: readonly { disposition: string; reason: string }[] = [
  {
    disposition: 'incident-disposition:not-an-incident="refuted"',
    reason: "Tidak ditemukan indikasi serangan siber; tampilan berubah karena pembaruan tema oleh admin dinas.",
  },
  {
    disposition: 'incident-disposition:not-an-incident="misconfiguration"',
    reason: "Gangguan akses disebabkan salah konfigurasi DNS saat migrasi server, bukan serangan.",
  },
  {
    disposition: 'incident-disposition:not-an-incident="insufficient-data"',
    reason: "Pelapor tidak dapat dihubungi dan bukti yang dilampirkan tidak cukup untuk verifikasi.",
  },
  {
    disposition: 'incident-disposition:not-an-incident="scan-probe"',
    reason: "Hanya pemindaian port biasa yang sudah tertahan firewall; tidak ada akses berhasil.",
  },
];

/** Where out-of-remit reports go. */
export const DEMO_TRANSFERS: readonly { to: string; reason: string }[] = [
  { to: "Polresta Denpasar", reason: "Penipuan daring di luar kewenangan CSIRT; diteruskan ke Polresta Denpasar." },
  {
    to: "Komdigi (aduankonten.id)",
    reason: "Konten hoaks di media sosial di luar kewenangan CSIRT; diteruskan ke Komdigi melalui aduankonten.id.",
  },
];

/** How each incident type is usually handled: mitigation, log entries, root cause, recommendations. */
export interface DemoPlaybook {
  mitigation: readonly (
    "take_offline" | "maintenance_page" | "backup" | "block_ip" | "reset_credentials" | "isolate_host"
  )[];
  strategy: string;
  handling: readonly string[];
  rootCause: string;
  recommendations: readonly { body: string; owner: "agency" | "developer" | "csirt" }[];
}

const WEB_PLAYBOOK: DemoPlaybook = {
  mitigation: ["maintenance_page", "backup", "reset_credentials"],
  strategy: "Situs diganti halaman pemeliharaan, data dan berkas dibackup, kredensial admin direset.",
  handling: [
    "Berkas yang disisipkan dan webshell dihapus; integritas berkas dibandingkan dengan backup terakhir.",
    "CMS dan plugin diperbarui ke versi terbaru; akun admin yang tidak dikenal dinonaktifkan.",
    "Log akses ditelusuri: unggahan berkas berbahaya berasal dari celah plugin formulir.",
  ],
  rootCause: "Plugin CMS usang dengan celah unggah berkas yang belum ditambal.",
  recommendations: [
    { body: "Perbarui CMS dan seluruh plugin, hapus plugin yang tidak dipakai.", owner: "developer" },
    { body: "Terapkan autentikasi dua faktor untuk akun admin.", owner: "agency" },
    { body: "Pantau integritas berkas situs secara berkala.", owner: "csirt" },
  ],
};

/** Playbooks by incident type code; types without one use the web playbook. */
export const DEMO_PLAYBOOKS: Readonly<Record<string, DemoPlaybook>> = {
  DEF: WEB_PLAYBOOK,
  JUD: {
    ...WEB_PLAYBOOK,
    handling: [
      "Ratusan tautan judi online tersembunyi dihapus dari templat dan basis data.",
      "Folder sisipan berisi halaman slot dihapus; permintaan penghapusan indeks diajukan ke Google.",
      "Kata sandi FTP dan panel hosting diganti.",
    ],
    rootCause: "Kredensial FTP bocor dan dipakai menyisipkan konten judi online (SEO spam).",
  },
  WEB: WEB_PLAYBOOK,
  UAA: {
    mitigation: ["reset_credentials", "block_ip"],
    strategy: "Semua kredensial admin direset, sesi aktif dicabut, alamat IP penyerang diblokir.",
    handling: ["Sesi aktif dicabut dan akun tidak dikenal dihapus.", "Alamat IP sumber login diblokir di firewall."],
    rootCause: "Kata sandi admin lemah dan dipakai ulang di layanan lain.",
    recommendations: [
      { body: "Wajibkan autentikasi dua faktor dan kata sandi kuat.", owner: "agency" },
      { body: "Batasi akses panel admin ke jaringan Pemkot.", owner: "developer" },
    ],
  },
  MAL: {
    mitigation: ["isolate_host", "backup", "take_offline"],
    strategy: "Host diisolasi dari jaringan, salinan forensik dibuat, layanan dihentikan sementara.",
    handling: [
      "Host diisolasi; citra disk diambil untuk forensik.",
      "Sistem dipulihkan dari backup bersih yang terverifikasi.",
    ],
    rootCause: "Layanan desktop jarak jauh terbuka ke internet tanpa pembatasan.",
    recommendations: [
      { body: "Tutup akses RDP dari internet; gunakan VPN.", owner: "csirt" },
      { body: "Terapkan backup terpisah (offline) dan uji pemulihan berkala.", owner: "agency" },
    ],
  },
  DOS: {
    mitigation: ["block_ip"],
    strategy: "Alamat penyerang diblokir dan pembatasan laju diterapkan di reverse proxy.",
    handling: [
      "Pembatasan laju dan blokir alamat IP diterapkan; layanan pulih.",
      "Koordinasi dengan penyedia jaringan.",
    ],
    rootCause: "Serangan banjir permintaan HTTP dari botnet.",
    recommendations: [{ body: "Gunakan layanan perlindungan DDoS di depan aplikasi.", owner: "csirt" }],
  },
  LEK: {
    mitigation: ["take_offline", "backup"],
    strategy: "Berkas yang bocor diturunkan, akses direktori ditutup, log disimpan untuk investigasi.",
    handling: [
      "Direktori laporan ditutup dari akses publik; berkas dihapus dari server web.",
      "Permintaan penurunan konten dikirim ke pengelola forum.",
    ],
    rootCause: "Berkas ekspor data disimpan di folder publik tanpa kontrol akses.",
    recommendations: [
      { body: "Simpan ekspor data di luar direktori publik dan terapkan kontrol akses.", owner: "developer" },
      { body: "Beritahu subjek data sesuai UU PDP dalam 3 × 24 jam.", owner: "agency" },
    ],
  },
  PHI: {
    mitigation: ["block_ip", "reset_credentials"],
    strategy: "Domain tiruan dilaporkan untuk diturunkan dan pegawai diminta mengganti kata sandi.",
    handling: [
      "Permintaan penurunan situs tiruan dikirim ke registrar dan penyedia hosting.",
      "Pegawai yang mengisi formulir diminta mengganti kata sandi.",
    ],
    rootCause: "Kampanye phishing meniru halaman login layanan Pemkot.",
    recommendations: [{ body: "Sosialisasi kewaspadaan phishing kepada pegawai.", owner: "agency" }],
  },
};

/** Upstream answers at step 7. */
export const DEMO_UPSTREAM_CONFIRMATIONS: readonly string[] = [
  "Laporan diterima dan dikonfirmasi; indikator telah dibagikan ke jaringan CSIRT provinsi.",
  "Laporan diterima. Pola serangan serupa terpantau di beberapa pemerintah daerah lain.",
  "Dikonfirmasi; rekomendasi tambahan terlampir.",
];

/** Agency coordination outcomes at step 8. */
export const DEMO_COORDINATIONS: readonly string[] = [
  "Rapat dengan pengembang: perbaikan dijadwalkan minggu ini.",
  "Pengembang menyanggupi seluruh rekomendasi.",
  "Sebagian rekomendasi menunggu anggaran perubahan.",
];
