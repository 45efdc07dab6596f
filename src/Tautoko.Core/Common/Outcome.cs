using System.Diagnostics.CodeAnalysis;

namespace Tautoko.Core.Common;

/// <summary>
/// What a use case came to: done with its value, or a <see cref="Failure"/> saying why not. Every handler returns
/// one, and so does a port one feature offers another; the web layer answers it as HTTP (one mapping to problem
/// details) and pages show <see cref="Failure.Message"/>.
/// A handler returns the value itself or a failure (both convert implicitly), e.g. <c>return Failure.NotFound("…");</c>.
/// </summary>
public sealed class Outcome<T>
{
    private readonly T? value;

    private Outcome(T value) => this.value = value;

    private Outcome(Failure failure) => Failure = failure;

    /// <summary>Why the use case did not complete, or null when it did.</summary>
    public Failure? Failure { get; }

    [MemberNotNullWhen(false, nameof(Failure))]
    public bool IsDone => Failure is null;

    /// <summary>The value of a completed use case; asking a failed one is a programming error.</summary>
    public T Value => IsDone ? value! : throw new InvalidOperationException($"The use case did not complete: {Failure.Message}");

    public static implicit operator Outcome<T>(T value) => new(value);

    public static implicit operator Outcome<T>(Failure failure) => new(failure);

    public static Outcome<T> Done(T value) => new(value);

    /// <summary>The value, or the same failure for a use case with another result type.</summary>
    public Outcome<TOther> Map<TOther>(Func<T, TOther> map) => IsDone ? Outcome<TOther>.Done(map(Value)) : Failure;

    public bool TryGet([MaybeNullWhen(false)] out T done, [NotNullWhen(false)] out Failure? failure)
    {
        done = value;
        failure = Failure;
        return IsDone;
    }
}

/// <summary>Starts an outcome whose type the compiler cannot infer from a value alone (an interface, a list).</summary>
public static class Outcome
{
    public static Outcome<T> Done<T>(T value) => Outcome<T>.Done(value);
}
