namespace Tautoko.Web.Cli;

/// <summary>Reports on the caller's thread (Progress&lt;T&gt; would post to the thread pool and lag the display).</summary>
internal sealed class SyncProgress(Action<string> report) : IProgress<string>
{
    public void Report(string value) => report(value);
}
