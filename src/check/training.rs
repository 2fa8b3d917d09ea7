//! Fitting a scorer (`model.rs`): logistic regression over the features of labelled
//! drafts, by full-batch gradient descent with AdaGrad steps and an L2 penalty. A few
//! thousand drafts and features fit in well under a second; the same drafts always give
//! the same weights, so a model file can be rebuilt and compared.

use std::collections::{BTreeMap, HashMap};

use super::model::sigmoid;

pub struct Example {
    /// Feature names, each once.
    pub features: Vec<String>,
    pub positive: bool,
    /// How much getting this draft wrong costs, against 1 for most.
    pub weight: f32,
}

#[derive(Clone, Copy, Debug)]
pub struct Options {
    /// The L2 penalty: larger keeps weights small, so that no single word decides.
    pub l2: f32,
    pub epochs: usize,
    /// A feature must occur in this many drafts to get a weight: one seen once is a
    /// sentence, not a sign.
    pub min_drafts: usize,
    /// Weights smaller than this are left out of the file: together they move no
    /// draft across a threshold (measured on fresh5 and train2 held out: 0.02 changes
    /// none of their verdicts and leaves out a third of the weights).
    pub min_weight: f32,
}

impl Default for Options {
    fn default() -> Options {
        Options {
            l2: 0.001,
            epochs: 300,
            min_drafts: 2,
            min_weight: 0.02,
        }
    }
}

/// The bias and the weights (those that matter, rounded) that separate the examples.
pub fn fit(examples: &[Example], options: Options) -> (f32, BTreeMap<String, f32>) {
    let mut drafts: HashMap<&str, usize> = HashMap::new();
    for example in examples {
        for feature in &example.features {
            *drafts.entry(feature.as_str()).or_default() += 1;
        }
    }
    let mut names: Vec<&str> = drafts
        .iter()
        .filter(|(_, n)| **n >= options.min_drafts)
        .map(|(name, _)| *name)
        .collect();
    names.sort_unstable();
    let index: HashMap<&str, usize> = names.iter().enumerate().map(|(i, n)| (*n, i)).collect();
    let rows: Vec<(Vec<usize>, f32, f32)> = examples
        .iter()
        .map(|e| {
            let mut row: Vec<usize> = e
                .features
                .iter()
                .filter_map(|f| index.get(f.as_str()).copied())
                .collect();
            row.sort_unstable();
            row.dedup();
            (row, if e.positive { 1.0 } else { 0.0 }, e.weight)
        })
        .collect();

    let n = rows.iter().map(|(_, _, weight)| weight).sum::<f32>().max(1.0);
    let mut weights = vec![0.0f32; names.len()];
    let mut bias = 0.0f32;
    let mut squared = vec![0.0f32; names.len()];
    let mut bias_squared = 0.0f32;
    let rate = 0.5f32;
    for _ in 0..options.epochs {
        let mut gradient: Vec<f32> = weights.iter().map(|w| options.l2 * w).collect();
        let mut bias_gradient = 0.0f32;
        for (row, label, weight) in &rows {
            let z = bias + row.iter().map(|&i| weights[i]).sum::<f32>();
            let error = weight * (sigmoid(z) - label) / n;
            bias_gradient += error;
            for &i in row {
                gradient[i] += error;
            }
        }
        for ((w, g), s) in weights.iter_mut().zip(&gradient).zip(&mut squared) {
            *s += g * g;
            *w -= rate * g / (s.sqrt() + 1e-8);
        }
        bias_squared += bias_gradient * bias_gradient;
        bias -= rate * bias_gradient / (bias_squared.sqrt() + 1e-8);
    }
    let round = |x: f32| (x * 1000.0).round() / 1000.0;
    let weights = names
        .iter()
        .zip(weights)
        .map(|(name, w)| ((*name).to_owned(), round(w)))
        .filter(|(_, w)| w.abs() >= options.min_weight)
        .collect();
    (round(bias), weights)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn example(features: &[&str], positive: bool) -> Example {
        Example {
            features: features.iter().map(|f| (*f).to_owned()).collect(),
            positive,
            weight: 1.0,
        }
    }

    #[test]
    fn the_words_that_tell_the_classes_apart_get_the_weight() {
        let mut examples = Vec::new();
        for _ in 0..20 {
            examples.push(example(&["w:brilliant", "w:the", "@org"], true));
            examples.push(example(&["w:super", "w:the", "@org"], true));
            examples.push(example(&["w:the", "w:weather"], false));
            examples.push(example(&["w:the", "@org", "w:opens"], false));
        }
        let (bias, weights) = fit(&examples, Options::default());
        let weight = |f: &str| weights.get(f).copied().unwrap_or(0.0);
        assert!(weight("w:brilliant") > 1.0, "{weights:?}");
        assert!(weight("w:opens") < -1.0, "{weights:?}");
        assert!(
            weight("w:the").abs() < weight("w:brilliant"),
            "shared by both classes"
        );
        let score = |features: &[&str]| sigmoid(bias + features.iter().map(|f| weight(f)).sum::<f32>());
        assert!(score(&["w:brilliant", "@org"]) > 0.9);
        assert!(score(&["w:opens", "@org"]) < 0.1);
        // The same drafts give the same weights, so a model file can be rebuilt.
        assert_eq!(fit(&examples, Options::default()), (bias, weights));
    }

    #[test]
    fn a_draft_that_costs_more_to_get_wrong_moves_the_weights_more() {
        // The same words in 20 praise drafts and 20 kind ones: even, until the kind
        // drafts weigh three times as much.
        let mut examples = Vec::new();
        for _ in 0..20 {
            examples.push(example(&["w:@org", "w:new"], true));
            examples.push(example(&["w:@org", "w:new"], false));
        }
        let score = |examples: &[Example]| {
            let (bias, weights) = fit(examples, Options::default());
            sigmoid(bias + weights.values().sum::<f32>())
        };
        assert!((score(&examples) - 0.5).abs() < 0.01);
        for e in examples.iter_mut().filter(|e| !e.positive) {
            e.weight = 3.0;
        }
        assert!((score(&examples) - 0.25).abs() < 0.02, "{}", score(&examples));
    }

    #[test]
    fn a_feature_seen_in_one_draft_gets_no_weight() {
        let examples = [
            example(&["w:once", "w:good"], true),
            example(&["w:good"], true),
            example(&["w:bad"], false),
            example(&["w:bad"], false),
        ];
        let (_, weights) = fit(&examples, Options::default());
        assert!(!weights.contains_key("w:once"));
        assert!(weights.contains_key("w:good"));
    }
}
