import { lazy } from "react";
import { Route, Routes } from "react-router";
import InboxList from "./inbox-list.tsx";

const RecordReportPage = lazy(() => import("./record-report-page.tsx"));
const ReportDetailPage = lazy(() => import("./report-detail-page.tsx"));

/** `/console/inbox`: new reports; `new` records a letter or a call; `{id}` opens one report. */
export default function InboxPage() {
  return (
    <Routes>
      <Route index element={<InboxList />} />
      <Route path="new" element={<RecordReportPage />} />
      <Route path=":reportId" element={<ReportDetailPage />} />
    </Routes>
  );
}
