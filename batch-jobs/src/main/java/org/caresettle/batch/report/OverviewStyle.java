package org.caresettle.batch.report;

/**
 * The overview's inline style sheet. System fonts only (a font file would be a file from elsewhere);
 * colours keep ALERT red and WATCH amber everywhere on the page, and print in grey scale legibly.
 */
final class OverviewStyle {

    private OverviewStyle() {
    }

    static final String CSS = """
            :root { --ink:#1f2933; --muted:#65748b; --line:#e3e8ef; --bg:#f6f8fb; --card:#ffffff;
              --invoice:#2f6f9f; --pay:#d9822b; --receive:#2f9e8f; --ok:#3f9b5a; --watch:#e0a100; --alert:#c8372d; }
            * { box-sizing: border-box; }
            body { margin:0; background:var(--bg); color:var(--ink);
              font:14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
            header { background:#17324d; color:#fff; padding:24px 32px 18px; }
            header h1 { margin:0 0 4px; font-size:24px; font-weight:600; letter-spacing:.2px; }
            header .period { color:#9fd0ff; }
            header .sub { margin:0 0 10px; color:#c9d6e3; }
            .legend { margin:0; color:#c9d6e3; font-size:12px; }
            .legend .key { margin-right:16px; white-space:nowrap; }
            .sw { display:inline-block; width:12px; height:10px; border-radius:2px; margin-right:5px; vertical-align:-1px; }
            .sw.invoice { background:var(--invoice); } .sw.pay { background:var(--pay); } .sw.receive { background:var(--receive); }
            .line { display:inline-block; width:14px; height:0; margin-right:5px; vertical-align:3px; border-top:2px solid #fff; }
            .line.dashed { border-top-style:dashed; }
            main { padding:8px 24px 40px; max-width:1400px; }
            section.region { background:var(--card); border:1px solid var(--line); border-radius:10px;
              margin:24px 0; padding:18px 22px 22px; box-shadow:0 1px 2px rgba(16,24,40,.05); }
            h2 { margin:0 0 2px; font-size:19px; letter-spacing:.4px; }
            .facts { margin:0 0 14px; color:var(--muted); }
            .facts strong { color:var(--ink); }
            .scroll { overflow-x:auto; }
            table { width:100%; border-collapse:collapse; }
            th, td { text-align:left; padding:7px 8px; border-bottom:1px solid var(--line); vertical-align:middle; }
            thead th { font-size:12px; text-transform:uppercase; letter-spacing:.5px; color:var(--muted); font-weight:600; }
            tbody th { font-weight:600; white-space:nowrap; }
            .code { color:var(--muted); font-weight:400; font-size:12px; }
            td.fig { white-space:nowrap; }
            td.fig svg { vertical-align:middle; margin-right:8px; }
            .line1 { white-space:nowrap; }
            .num { font-variant-numeric:tabular-nums; font-weight:600; }
            .small { display:block; color:var(--muted); font-size:12px; font-variant-numeric:tabular-nums; }
            .none { color:var(--muted); font-style:italic; }
            svg .track { fill:#eef2f6; }
            svg .invoice { fill:var(--invoice); } svg .pay { fill:var(--pay); } svg .receive { fill:var(--receive); }
            svg .burn.OK { fill:var(--ok); } svg .burn.WATCH { fill:var(--watch); } svg .burn.ALERT { fill:var(--alert); }
            svg .axis, svg .budget { stroke:#52606d; stroke-width:1.5; }
            svg .expected { stroke:#52606d; stroke-width:1; stroke-dasharray:2 2; }
            .cards { display:grid; grid-template-columns:repeat(auto-fill, minmax(320px, 1fr)); gap:14px; margin-top:18px; }
            .card { border:1px solid var(--line); border-left:4px solid var(--ok); border-radius:8px; padding:12px 14px; background:#fcfdfe; }
            .card.WATCH { border-left-color:var(--watch); } .card.ALERT { border-left-color:var(--alert); }
            .card h3 { margin:0 0 8px; font-size:15px; }
            .card ul { list-style:none; margin:0; padding:0; }
            .card li { padding:6px 0; border-top:1px dashed var(--line); }
            .card li:first-child { border-top:0; }
            .val { font-variant-numeric:tabular-nums; }
            .detail { color:var(--muted); font-size:12px; margin-top:2px; overflow-wrap:anywhere; }
            .thr { white-space:nowrap; }
            .chip { display:inline-block; font-size:11px; font-weight:700; letter-spacing:.4px; padding:1px 7px;
              border-radius:10px; color:#fff; background:var(--ok); vertical-align:1px; }
            .chip.WATCH { background:var(--watch); color:#3a2a00; } .chip.ALERT { background:var(--alert); }
            @media print { header { background:#fff; color:#000; } section.region { break-inside:avoid; box-shadow:none; } }
            """;
}
