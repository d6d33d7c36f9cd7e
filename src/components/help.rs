//! In-app help: what Rungs does and how to use it.

use leptos::prelude::*;

#[component]
pub fn Help() -> impl IntoView {
    view! {
        <article class="help-page">
            <h1>"How Rungs works"</h1>
            <h2>"Explore a model"</h2>
            <p>
                "Pick a model on the first screen to see it as a matrix: categories as rows, levels as columns, practices in the cells. Select a practice to read what it is and how to tell it is in place. On a phone the matrix is stacked, one category at a time."
            </p>
            <p>
                "Every model, level and practice has its own link: copy the address bar to point someone straight at it."
            </p>
            <h2>"Search"</h2>
            <p>
                "Search finds practices in every model by word. Each result says which model, category and level it belongs to."
            </p>
            <h2>"The four dimensions"</h2>
            <p>
                "Every practice of every model carries one of four dimensions: organization, process, technology or culture. The radar on the first screen is drawn over these four axes. Each model's About page explains how its practices were mapped."
            </p>
            <h2>"Your data"</h2>
            <p>
                "Rungs runs entirely in your browser. Nothing is sent to a server; links keep their content after the # sign, which browsers never send."
            </p>
            <h2>"Sources"</h2>
            <p>
                "The descriptions are Rungs' own words. Each model's About page credits its authors and links to the source."
            </p>
        </article>
    }
}
