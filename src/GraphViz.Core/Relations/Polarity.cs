namespace GraphViz.Core.Relations;

/// <summary>Which way a relation pulls two actors: together (cooperation), apart (hostility), or neither.</summary>
public enum Polarity { Positive, Negative, Neutral }
