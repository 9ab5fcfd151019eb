using Conduit.Connector.Sdk.Hosting.Interop;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Conduit.Connector.Sdk.Hosting;

/// <summary>
/// Stops the process when Conduit dies without shutting it down (crash, SIGKILL), so that no orphan keeps
/// running: every 500 ms it compares getppid() with the parent seen at start; an orphan is re-parented to init
/// or a subreaper, which changes the value.
/// </summary>
/// <remarks>
/// Not PR_SET_PDEATHSIG: that signal fires when the thread that forked the child exits, not the parent
/// process, and Go's runtime starts and ends OS threads as it pleases, so Conduit would kill healthy connectors.
/// </remarks>
internal sealed class ParentProcessWatcher : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(500);

    private readonly ParentProcess _parent;
    private readonly IHostApplicationLifetime _lifetime;
    private readonly ILogger<ParentProcessWatcher> _logger;

    public ParentProcessWatcher(ParentProcess parent, IHostApplicationLifetime lifetime, ILogger<ParentProcessWatcher> logger)
    {
        _parent = parent;
        _lifetime = lifetime;
        _logger = logger;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
            {
                if (_parent.HasExited)
                {
                    HostingLog.ParentExited(_logger, _parent.InitialId);
                    _lifetime.StopApplication();
                    return;
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }
}

/// <summary>The parent process as seen at start-up.</summary>
internal sealed class ParentProcess
{
    private readonly Func<int> _currentParentId;

    public ParentProcess(int initialId, Func<int> currentParentId)
    {
        InitialId = initialId;
        _currentParentId = currentParentId;
    }

    /// <summary>Gets the parent's id at start-up.</summary>
    public int InitialId { get; }

    /// <summary>Gets a value indicating whether the process has been re-parented (its parent exited).</summary>
    public bool HasExited => _currentParentId() != InitialId;

    /// <summary>Captures the current parent, or returns <see langword="null"/> where getppid does not exist (Windows).</summary>
    public static ParentProcess? CaptureCurrent() =>
        OperatingSystem.IsWindows() ? null : new ParentProcess(LibC.GetParentProcessId(), LibC.GetParentProcessId);
}
