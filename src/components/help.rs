//! In-app help: how to use Rungs, and the level rules with the worked examples that
//! `tests/scoring.rs` pins down.

use leptos::prelude::*;

/// The example ratings, in the order a1, a2, b1, a3, b2, b3.
const EXAMPLE: [(&str, &str, &str, &str); 6] = [
    ("a1", "A", "L1", "Fully"),
    ("a2", "A", "L1", "Largely"),
    ("b1", "B", "L1", "Fully"),
    ("a3", "A", "L2", "Partly"),
    ("b2", "B", "L2", "Fully"),
    ("b3", "B", "L3", "Fully"),
];

#[component]
pub fn Help() -> impl IntoView {
    view! {
        <article class="help-page">
            <h1>"How Rungs works"</h1>
            <h2>"Explore a model"</h2>
            <p>
                "Pick a model on the first screen to see it as a matrix: categories as rows, levels as columns, practices in the cells. Select a practice to read what it is and how to tell it is in place. On a phone the matrix is stacked, one category at a time. Every model, level and practice has its own link: copy the address bar to point someone straight at it."
            </p>
            <h2>"Search"</h2>
            <p>"Search finds practices in every model by word, and says which model, category and level each result belongs to."</p>
            <h2>"Assess your team"</h2>
            <p>
                "Choose Assess on a model. Rate each practice on one scale, the same in every model: Not yet, Started, Partly, Largely, Fully, or Not applicable (with an optional reason). Each practice can carry a note. With the keyboard: Tab moves from practice to practice, the arrow keys choose a rating."
            </p>
            <p>
                "Rungs shows the level reached for the whole model, for every category and for every dimension, with why (the practices that made it) and what to do to reach the next level (the practices still below the bar, by level, nearest first; unrated ones last). The radar updates as you rate."
            </p>
            <h2 id="rules">"How levels are computed"</h2>
            <p>
                "A practice counts as in place when it is rated at or above the threshold (Largely unless you change it). Unrated practices count as not in place. Not applicable practices are left out of every count, and the results say how many were left out. A level with no applicable practice neither helps nor blocks. A starting level that needs no practices (CMMI's Initial, MLOps level 0) is always reached."
            </p>
            <dl class="rules">
                <dt>"Staged (the default, CMMI's rule)"</dt>
                <dd>"A level is reached when every applicable practice of that level and of all lower levels is in place."</dd>
                <dt>"High-water mark"</dt>
                <dd>"The level reached is the highest level with at least one practice in place."</dd>
                <dt>"Percentage"</dt>
                <dd>"A level is reached when at least the required share (80% unless you change it) of the applicable practices of that level and of each lower level are in place."</dd>
            </dl>
            <h3>"Worked examples"</h3>
            <p>"A model with levels L1, L2, L3 and categories A and B, rated like this, with the threshold at Largely:"</p>
            <table class="example">
                <thead>
                    <tr><th scope="col">"Practice"</th><th scope="col">"Category"</th><th scope="col">"Level"</th><th scope="col">"Rating"</th></tr>
                </thead>
                <tbody>
                    {EXAMPLE
                        .iter()
                        .map(|(p, c, l, r)| view! { <tr><td>{*p}</td><td>{*c}</td><td>{*l}</td><td>{*r}</td></tr> })
                        .collect_view()}
                </tbody>
            </table>
            <ol class="examples">
                <li>"Staged: L1 is reached (a1, a2 and b1 are in place); L2 is not, because a3 is Partly, one step short. b3 at L3 does not count while a3 lags. To reach L2: a3."</li>
                <li>"Staged, with a3 marked Not applicable: L3 is reached, and one practice is left out of the counts."</li>
                <li>"High-water mark: L3, because b3 is in place."</li>
                <li>"Percentage at 60%: L1, because only 50% of L2 (b2 of a3 and b2) is in place. At 50%: L3."</li>
                <li>"Staged, with a1 unrated, a2 Started, b1 Not yet: no level is reached. To reach L1: a2 (2 steps short), b1 (3 steps short), then a1 (not rated yet)."</li>
                <li>"Per category, staged: A reaches L1 (held back by a3); B reaches L3."</li>
            </ol>
            <h2>"The radar"</h2>
            <p>
                "Every practice of every model carries one of four dimensions: organization, process, technology or culture; each model's About page explains its mapping. The first screen draws one polygon per model assessed over these four axes; each assessment page draws the model over its own categories. Switch what an axis shows: the level reached (as the share of the model's levels climbed) or the share of applicable practices in place. Beside every radar is a table with the same numbers, and both can be downloaded as SVG or PNG."
            </p>
            <h2>"Your data"</h2>
            <p>"Rungs runs entirely in your browser. Nothing is sent to a server."</p>
            <h2>"Sources"</h2>
            <p>"The descriptions are Rungs' own words. Each model's About page credits its authors and links to the source."</p>
        </article>
    }
}
