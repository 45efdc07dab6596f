namespace Tautoko.Web.Cli;

/// <summary>Reports on the caller's thread (Progress&lt;T&gt; would post to the thread pool and lag the display).</summary>
internal sealed class SyncProgress(Action<string> report) : IProgress<string>
{
    public void Report(string value) => report(value);
}

/// <summary>The same for any progress value.</summary>
internal sealed class SyncProgress<T>(Action<T> report) : IProgress<T>
{
    public void Report(T value) => report(value);
}
