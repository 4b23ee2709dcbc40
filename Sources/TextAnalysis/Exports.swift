// The analyser, its tokens and its data are defined in Tokenisation (a target without bundled resources, so the
// ResourceEmbedder can run the same analyser at build time). Importing TextAnalysis brings them in too.
@_exported import Tokenisation
