namespace Tautoko.Core.Common;

/// <summary>
/// A rule the request broke, named so a person can act on it. <see cref="Rule"/> is the rule id
/// (R-0xx from RULES.md) or a short code when the rule is Tautoko's own.
/// </summary>
public sealed record DomainError(string Rule, string Message);

public sealed class DomainException(DomainError error) : Exception(error.Message)
{
    public DomainError Error { get; } = error;
}
