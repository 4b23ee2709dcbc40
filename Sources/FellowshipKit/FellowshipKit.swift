// FellowshipKit: the library behind the `fellowship` tool, as one import.
//
// Each concept lives in its own target with one-way dependencies (framework model → example bank → mapping →
// claims → checking and drafting → export; Word import); this module re-exports their public API.
@_exported import FellowshipSupport
@_exported import PSF
@_exported import TextAnalysis
@_exported import ExampleBank
@_exported import Mapping
@_exported import Claims
@_exported import Checking
@_exported import Drafting
@_exported import Reporting
@_exported import Facilitation
@_exported import Export
@_exported import Importing
@_exported import XMLSupport
