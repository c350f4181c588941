import { api } from "./client.ts";
import type { ClassificationBody } from "../pages/console/incident/classification-values.ts";

/** Sets the incident's type, impact × likelihood, severity override (with its reason), TLP and PAP. */
export const classifyIncident = (id: number, body: ClassificationBody) =>
  api.patch<unknown>(`/api/v1/incidents/${id}/classification`, body);

/** Revokes a signed link at once (204); it then answers 404 like an unknown one. */
export const revokeAccessLink = (linkId: number) => api.delete<void>(`/api/v1/access-links/${linkId}`);
