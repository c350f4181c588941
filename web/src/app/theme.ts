import { createTheme } from "@mantine/core";

/**
 * Readable and high-contrast: the primary blue is shade 8 (#1971c2, 4.9:1 on white) rather than
 * Mantine's lighter default, text on filled colours picks black or white by contrast, and focus
 * is shown on every keyboard-focused control (styles.css makes the ring thicker).
 */
export const theme = createTheme({
  primaryColor: "blue",
  primaryShade: 8,
  autoContrast: true,
  focusRing: "auto",
  defaultRadius: "sm",
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif',
  headings: { fontWeight: "700" },
  cursorType: "pointer",
});
