import { ApiError, ensureCsrfToken, errorFromResponse, networkErrorMessage, requestHeaders } from "./client.ts";

/** How far an upload is: bytes sent of the total (the total is known once the browser has built the body). */
export interface UploadProgress {
  loaded: number;
  total: number;
}

/**
 * Sends a multipart form with XMLHttpRequest, because fetch reports no upload progress: a
 * reporter on a slow mobile connection sees the bar move instead of a frozen button.
 */
export async function uploadForm<T>(
  method: "POST" | "PUT",
  path: string,
  form: FormData,
  onProgress: (progress: UploadProgress) => void,
): Promise<T> {
  await ensureCsrfToken();
  return new Promise<T>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open(method, path);
    xhr.withCredentials = true;
    for (const [name, value] of Object.entries(requestHeaders(method))) xhr.setRequestHeader(name, value);
    xhr.upload.addEventListener("progress", (event) => {
      if (event.lengthComputable) onProgress({ loaded: event.loaded, total: event.total });
    });
    xhr.addEventListener("load", () => {
      let body: unknown = undefined;
      try {
        body = xhr.responseText === "" ? undefined : JSON.parse(xhr.responseText);
      } catch {
        body = undefined;
      }
      if (xhr.status >= 200 && xhr.status < 300) resolve(body as T);
      else reject(errorFromResponse(xhr.status, body, networkErrorMessage()));
    });
    xhr.addEventListener("error", () => reject(new ApiError(0, "network", networkErrorMessage())));
    xhr.addEventListener("abort", () => reject(new ApiError(0, "aborted", networkErrorMessage())));
    xhr.send(form);
  });
}
