@_exported import CrosswalkModel
@_exported import CrosswalkJSON
@_exported import CrosswalkCSV
@_exported import CrosswalkDublinCore
@_exported import CrosswalkValidation
@_exported import CrosswalkBibTeX
@_exported import CrosswalkCSLJSON
