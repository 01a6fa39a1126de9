// The page's chart code: the one element it uses, from its npm entry (tree-shaken by the bundler, as apps do).
import '@danvan/widgets/bar-chart.js';
