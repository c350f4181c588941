import type { SopDefinition } from "./schema.ts";

/**
 * The default SOP: *SOP Laporan dan Penanganan Insiden Siber*, DKIS Kota Denpasar /
 * Denpasar-CSIRT (shared/sop/SOP.md). Day standards are read as working days (DOMAIN.md §0.3);
 * owners of steps 7–8 follow the SOP reading marked there. A unit test validates it with
 * `loadSopDefinition`, so it obeys the same rules as an uploaded definition.
 */
export const DENPASAR_SOP: SopDefinition = deepFreeze<SopDefinition>({
  code: "denpasar-2022",
  version: 1,
  name: {
    id: "SOP Laporan dan Penanganan Insiden Siber (Denpasar-CSIRT)",
    en: "Cyber Incident Reporting and Handling SOP (Denpasar-CSIRT)",
  },
  steps: [
    {
      number: 1,
      code: "receive",
      name: { id: "Menerima laporan insiden siber", en: "Receive the incident report" },
      ownerRoles: ["intake"],
      inputs: [
        { id: "Komputer", en: "Computer" },
        { id: "Email", en: "E-mail" },
        { id: "Surat", en: "Letter" },
      ],
      output: { id: "Laporan insiden siber", en: "Cyber incident report" },
      timeStandard: { amount: 5, unit: "minutes" },
    },
    {
      number: 2,
      code: "forward",
      name: { id: "Meneruskan laporan ke CSIRT", en: "Forward the report to the CSIRT" },
      ownerRoles: ["intake"],
      inputs: [
        { id: "Laporan insiden siber", en: "Cyber incident report" },
        { id: "Email", en: "E-mail" },
        { id: "Surat", en: "Letter" },
      ],
      output: { id: "Laporan diterima oleh CSIRT", en: "Report received by the CSIRT" },
      timeStandard: { amount: 10, unit: "minutes" },
    },
    {
      number: 3,
      code: "verify",
      name: {
        id: "Verifikasi laporan (identitas pelapor, jenis insiden, lokasi server, log sistem)",
        en: "Verify the report (reporter identity, incident type, server location, system logs)",
      },
      ownerRoles: ["csirt", "csirt_lead"],
      inputs: [
        { id: "Laporan insiden siber", en: "Cyber incident report" },
        { id: "Server", en: "Server" },
        { id: "Aplikasi/website", en: "Application/website" },
        { id: "Tools web defacement", en: "Web defacement tool" },
      ],
      output: {
        id: "Laporan verifikasi: valid (terkait serangan siber) / tidak valid (tidak ada indikasi serangan siber)",
        en: "Verification report: valid (linked to a cyber attack) / invalid (no sign of a cyber attack)",
      },
      timeStandard: { amount: 2, unit: "workingDays" },
    },
    {
      number: 4,
      code: "mitigate",
      name: {
        id: "Menyusun strategi mitigasi (nonaktifkan domain, halaman pemeliharaan, backup data)",
        en: "Draw up the mitigation strategy (take the domain offline, maintenance page, back up data)",
      },
      ownerRoles: ["csirt", "csirt_lead"],
      inputs: [
        { id: "Server", en: "Server" },
        { id: "Aplikasi/website", en: "Application/website" },
      ],
      output: { id: "Langkah penanganan sementara", en: "Temporary handling steps" },
      timeStandard: { amount: 1, unit: "workingDays" },
    },
    {
      number: 5,
      code: "handle",
      name: { id: "Menangani insiden sesuai strategi", en: "Handle the incident according to the strategy" },
      ownerRoles: ["csirt", "csirt_lead"],
      inputs: [
        { id: "Server", en: "Server" },
        { id: "Aplikasi/website", en: "Application/website" },
        { id: "Tools penanganan insiden", en: "Incident-handling tools" },
      ],
      output: {
        id: "Laporan penanganan; laporan hal yang tidak dapat ditangani (koordinasi dengan vendor/BaliProv-CSIRT/BSSN)",
        en: "Handling report; report of what could not be handled (coordinate with the vendor/BaliProv-CSIRT/BSSN)",
      },
      timeStandard: { amount: 3, unit: "workingDays" },
    },
    {
      number: 6,
      code: "analyse",
      name: {
        id: "Mengirim laporan analisis dan rekomendasi ke BaliProv-CSIRT, BSSN dan Perangkat Daerah (tembusan Sekda)",
        en: "Send the analysis and recommendation report to BaliProv-CSIRT, BSSN and the agency (cc the Regional Secretary)",
      },
      ownerRoles: ["csirt", "csirt_lead"],
      inputs: [
        { id: "Laporan analisis dan rekomendasi", en: "Analysis and recommendation report" },
        { id: "Email", en: "E-mail" },
      ],
      output: {
        id: "Laporan rekomendasi dari BaliProv-CSIRT/BSSN/Perangkat Daerah",
        en: "Recommendation report from BaliProv-CSIRT/BSSN/the agency",
      },
      timeStandard: { amount: 1, unit: "workingDays" },
    },
    {
      number: 7,
      code: "upstream_followup",
      name: {
        id: "Menindaklanjuti laporan berupa rekomendasi dan eskalasi ke BSSN",
        en: "Follow up the report with recommendations and escalate to BSSN",
      },
      ownerRoles: ["upstream"],
      inputs: [
        { id: "Laporan", en: "Report" },
        { id: "Server", en: "Server" },
        { id: "Aplikasi/website", en: "Application/website" },
        { id: "Tools", en: "Tools" },
      ],
      output: { id: "Konfirmasi dan rekomendasi penanganan", en: "Confirmation and handling recommendations" },
      timeStandard: { amount: 1, unit: "workingDays" },
    },
    {
      number: 8,
      code: "agency_coordination",
      name: {
        id: "Menindaklanjuti rekomendasi dengan berkoordinasi dengan pengembang aplikasi",
        en: "Act on the recommendations by coordinating with the application's developer",
      },
      ownerRoles: ["agency"],
      inputs: [
        { id: "Laporan rekomendasi", en: "Recommendation report" },
        { id: "Email", en: "E-mail" },
      ],
      output: { id: "Laporan hasil koordinasi", en: "Report of the coordination's outcome" },
      timeStandard: { amount: 30, unit: "minutes" },
    },
    {
      number: 9,
      code: "developer_reply",
      name: {
        id: "Menanggapi dengan langkah penanganan sesuai rekomendasi",
        en: "Reply with the handling steps taken per recommendation",
      },
      ownerRoles: ["developer"],
      inputs: [
        { id: "Komputer", en: "Computer" },
        { id: "Email", en: "E-mail" },
        { id: "Server", en: "Server" },
        { id: "Aplikasi/website", en: "Application/website" },
      ],
      output: { id: "Tanggapan atas laporan insiden", en: "Reply to the incident report" },
      timeStandard: { amount: 1, unit: "workingDays" },
    },
    {
      number: 10,
      code: "final_report",
      name: { id: "Menyusun laporan penanganan insiden", en: "Compile the incident handling report" },
      ownerRoles: ["csirt", "csirt_lead", "intake"],
      inputs: [{ id: "Komputer", en: "Computer" }],
      output: { id: "Laporan Penanganan Insiden Siber", en: "Cyber Incident Handling Report" },
      timeStandard: { amount: 3, unit: "workingDays" },
    },
  ],
});

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === "object") {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}
