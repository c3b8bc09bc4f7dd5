namespace GraphViz.Core.Actors;

/// <summary>What sort of party an actor is; the browser styles nodes by it.</summary>
public enum ActorKind { Country, Bloc, Organization, Group }

/// <summary>A party to an alignment: a state, a bloc, an organisation or an armed group.</summary>
public sealed record Actor(string Id, string Name, string NameAr, ActorKind Kind, string? AffiliatedWith = null);
