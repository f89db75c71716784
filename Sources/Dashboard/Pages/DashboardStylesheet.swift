import Foundation
/// The dashboard's one stylesheet: readable on a phone (one column below 700 px), clean in print (no navigation or
/// forms), and the chart colours the SVG classes name.
enum DashboardStylesheet {
    static let text = """
        :root { --ink: #1d2330; --muted: #5b6475; --line: #d8dce4; --accent: #2f6fde; --met: #1e7b3c; --missed: #b3261e; }
        * { box-sizing: border-box; }
        body { margin: 0; font: 16px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; color: var(--ink); background: #f7f8fa; }
        header { display: flex; gap: 1rem; align-items: center; padding: .6rem 1rem; background: #fff; border-bottom: 1px solid var(--line); }
        header .brand { font-weight: 700; margin: 0; } header .viewer { margin: 0 0 0 auto; color: var(--muted); }
        header form { margin: 0; }
        nav { display: flex; flex-wrap: wrap; gap: .25rem .9rem; padding: .5rem 1rem; background: #fff; border-bottom: 1px solid var(--line); }
        nav a { color: var(--accent); text-decoration: none; } nav a[aria-current] { font-weight: 700; color: var(--ink); }
        main { max-width: 1100px; margin: 0 auto; padding: 1rem; }
        h1 { font-size: 1.5rem; margin: .3rem 0 1rem; } h2 { font-size: 1.1rem; }
        form.filters { display: flex; flex-wrap: wrap; gap: .5rem 1rem; align-items: end; margin-bottom: 1rem; }
        form.filters label { display: flex; flex-direction: column; font-size: .85rem; color: var(--muted); }
        button { font: inherit; padding: .3rem .8rem; border: 1px solid var(--accent); border-radius: 4px; background: #fff; color: var(--accent); }
        figure.chart { margin: 0 0 1.5rem; padding: 1rem; background: #fff; border: 1px solid var(--line); border-radius: 6px; }
        figcaption { font-weight: 600; margin-bottom: .5rem; }
        svg { width: 100%; max-width: 640px; height: auto; display: block; margin-bottom: .75rem; }
        svg .label { font-size: 12px; fill: var(--ink); } svg .value { font-size: 12px; fill: var(--muted); }
        svg .hidden { font-size: 12px; fill: var(--muted); } svg .middle { text-anchor: middle; } svg .end { text-anchor: end; }
        svg .axis { stroke: var(--line); }
        svg .series0 { fill: #2f6fde; stroke: #2f6fde; } svg .series1 { fill: #e08a1e; stroke: #e08a1e; }
        svg .series2 { fill: #2a9d8f; stroke: #2a9d8f; } svg .series3 { fill: #8e5cd9; stroke: #8e5cd9; }
        svg polyline.line { fill: none; stroke-width: 2; }
        svg .heat0 { fill: #f1f3f7; } svg .heat1 { fill: #cfe0fb; } svg .heat2 { fill: #9cc0f6; } svg .heat3 { fill: #6a9ff0; }
        svg .heat4 { fill: #3b7fe6; } svg .heatHidden { fill: #e7e9ee; }
        .scroll { overflow-x: auto; }
        table { border-collapse: collapse; width: 100%; font-size: .9rem; }
        th, td { text-align: left; padding: .3rem .5rem; border-bottom: 1px solid var(--line); }
        td { font-variant-numeric: tabular-nums; }
        .health { display: grid; grid-template-columns: repeat(auto-fit, minmax(180px, 1fr)); gap: .75rem; margin-bottom: 1.5rem; }
        .card { background: #fff; border: 1px solid var(--line); border-left: 6px solid var(--line); border-radius: 6px; padding: .6rem .8rem; }
        .card h2 { font-size: .95rem; margin: 0; } .card p { margin: .2rem 0; } .card .big { font-size: 1.6rem; font-weight: 700; }
        .card.met { border-left-color: var(--met); } .card.missed { border-left-color: var(--missed); }
        .card.met .state { color: var(--met); } .card.missed .state { color: var(--missed); }
        .change, .legend, .download { color: var(--muted); font-size: .85rem; }
        .notice { max-width: 36rem; margin: 3rem auto; background: #fff; padding: 1.5rem; border: 1px solid var(--line); border-radius: 6px; }
        @media (max-width: 700px) { header { flex-wrap: wrap; } main { padding: .6rem; } form.filters label { flex: 1 1 45%; } }
        @media print { nav, header form, form.filters, .download { display: none; } body { background: #fff; } figure.chart { break-inside: avoid; border: 0; } }

        """
}
