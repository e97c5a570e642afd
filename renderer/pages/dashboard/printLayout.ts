/**
 * The printed Tổng quan is A4 landscape with 10 mm margins (print.css): 277 mm ≈ 1047 CSS px of width.
 * A chart sized by ResponsiveContainer keeps the width it measured on screen when Chromium lays out the
 * pages (no resize event reaches it), so in print each chart gets this fixed width instead; the print
 * grid in dashboard.css gives the chart column the same width, and the table takes the rest.
 */
export const PRINT_CHART_PX = 500;
