using GraphViz.Core.Actors;
using GraphViz.Core.Relations;
using QuikGraph;

namespace GraphViz.Core.Graph;

/// <summary>A relation as a QuikGraph edge: small and immutable; parallel edges between two actors are the norm.</summary>
public sealed record RelationEdge(string Id, Actor Source, Actor Target, Relation Relation, string ArticleId) : IEdge<Actor>;
