using System.Security.Authentication;
using Conduit.Connector.Sdk.Hosting.Logging;
using Conduit.Connector.Sdk.Hosting.Server;
using Conduit.Connector.Sdk.Hosting.Services;
using Conduit.Connector.Sdk.Hosting.Stdio;
using Conduit.Connector.Sdk.Hosting.Transport;
using Conduit.Connector.Sdk.Protocol;
using Grpc.AspNetCore.Server.Model;
using Grpc.Health.V1;
using Grpc.HealthCheck;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.AspNetCore.Server.Kestrel.Https;
using Microsoft.AspNetCore.Server.Kestrel.Transport.Sockets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Validation;

namespace Conduit.Connector.Sdk.Hosting;

/// <summary>
/// The plugin's gRPC server: Kestrel, HTTP/2 only (cleartext with prior knowledge unless AutoMTLS), on the socket
/// <see cref="PluginListener"/> already opened, serving grpc-dotnet's endpoints for every plugin method.
/// </summary>
/// <remarks>
/// There is deliberately no generic host, web application or endpoint routing: in a Native AOT process their
/// start-up (configuration, options, dozens of services resolved and generic types built at run time, a route
/// matcher) cost more than everything else before the handshake. What the process needs of them is here: a service
/// container for grpc-dotnet, an application lifetime, the hosted services started after the server and stopped in
/// reverse order within <see cref="ShutdownTimeout"/>, and a table from path to gRPC endpoint
/// (<see cref="GrpcEndpointTable"/>).
/// </remarks>
internal sealed class PluginServer : IAsyncDisposable
{
    /// <summary>How long a graceful stop may take; go-plugin's host SIGKILLs the process 2 s after Shutdown.</summary>
    public static readonly TimeSpan ShutdownTimeout = TimeSpan.FromMilliseconds(1500);

    /// <summary>The health service name go-plugin's host checks.</summary>
    public const string HealthServiceName = "plugin";

    private const string HostCategory = "Conduit.Connector.Sdk.Hosting.PluginServer";

    private readonly ServiceProvider _services;
    private readonly ILoggerFactory _loggerFactory;
    private readonly KestrelServer _kestrel;
    private readonly PluginHttpApplication _application;
    private readonly ApplicationLifetime _lifetime;
    private readonly ILogger _logger;
    private readonly List<Task> _backgroundServices = [];
    private IHostedService[] _hostedServices = [];
    private bool _started;
    private bool _stopped;

    private PluginServer(ServiceProvider services, ILoggerFactory loggerFactory, KestrelServer kestrel, PluginHttpApplication application, ApplicationLifetime lifetime)
    {
        _services = services;
        _loggerFactory = loggerFactory;
        _kestrel = kestrel;
        _application = application;
        _lifetime = lifetime;
        _logger = loggerFactory.CreateLogger(HostCategory);
    }

    public static PluginServer Build(PluginServerParts parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        var loggerFactory = HclogLogging.CreateFactory(parts.Logging);
        var lifetime = new ApplicationLifetime(loggerFactory.CreateLogger<ApplicationLifetime>());

        var services = new ServiceCollection();
        services.AddSingleton(loggerFactory);
        services.AddSingleton(typeof(ILogger<>), typeof(Logger<>));
        services.AddSingleton<IHostApplicationLifetime>(lifetime);
        services.AddMetrics();
        new KestrelServiceRegistrations(services).UseKestrelCore();
        services.AddGrpc(options =>
        {
            options.MaxReceiveMessageSize = parts.Environment.MaxReceiveRecordSize;
            options.MaxSendMessageSize = null;
        });

        // Options the endpoint data source reads when MapGrpcService adds endpoints, as fixed values: resolving them
        // through the options system builds several generic types at run time. Both only concern endpoints with
        // parameter binding, which gRPC's are not; the values are the defaults the options system would give.
        services.AddSingleton<IOptions<RouteHandlerOptions>>(Options.Create(new RouteHandlerOptions()));
        services.AddSingleton<IOptions<ValidationOptions>>(Options.Create(new ValidationOptions()));

        // Every method is bound by PluginMethodProvider, without grpc-dotnet's reflection-based provider.
        services.RemoveAll(typeof(IServiceMethodProvider<>));
        services.AddSingleton<IServiceMethodProvider<PluginServices>>(new PluginMethodProvider());
        services.AddSingleton(static provider => new PluginServices(
            provider.GetRequiredService<HealthServiceImpl>(),
            new ControllerService(provider.GetRequiredService<IHostApplicationLifetime>(), provider.GetRequiredService<ILogger<ControllerService>>()),
            new StdioService(provider.GetRequiredService<StdioBroadcaster>(), provider.GetRequiredService<IHostApplicationLifetime>()),
            new BrokerService(provider.GetRequiredService<IHostApplicationLifetime>()),
            provider.GetRequiredService<SpecifierPluginService>(),
            provider.GetRequiredService<SourcePluginService>(),
            provider.GetRequiredService<DestinationPluginService>()));

        var health = new HealthServiceImpl();
        health.SetStatus(HealthServiceName, HealthCheckResponse.Types.ServingStatus.Serving);
        health.SetStatus(string.Empty, HealthCheckResponse.Types.ServingStatus.Serving);
        services.AddSingleton(health);
        services.AddSingleton(parts.Environment);
        services.AddSingleton(parts.Stdio);
        if (parts.Parent is { } parent)
        {
            services.AddSingleton(parent);
            services.AddHostedService(static provider => new ParentProcessWatcher(
                provider.GetRequiredService<ParentProcess>(),
                provider.GetRequiredService<IHostApplicationLifetime>(),
                provider.GetRequiredService<ILogger<ParentProcessWatcher>>()));
        }

        ProtocolServices.Add(services, parts.Connector, parts.Timeouts);

        var provider = services.BuildServiceProvider();
        try
        {
            var endpoints = new PluginEndpointRouteBuilder(provider);
            endpoints.MapGrpcService<PluginServices>();
            var application = new PluginHttpApplication(GrpcEndpointTable.Create(endpoints.DataSources), provider);

            var kestrelOptions = new KestrelServerOptions { AddServerHeader = false, ApplicationServices = provider };
            kestrelOptions.Listen(parts.Listener.EndPoint, listen =>
            {
                listen.Protocols = HttpProtocols.Http2;
                if (parts.Mtls is { } mtls)
                {
                    listen.UseHttps(CreateHttpsOptions(mtls, parts.Logging.CreateLogger(typeof(AutoMtls).FullName!)));
                }
            });
            var transport = new SocketTransportFactory(
                Options.Create(new SocketTransportOptions { CreateBoundListenSocket = parts.Listener.CreateBoundListenSocket }),
                loggerFactory);
            var kestrel = new KestrelServer(Options.Create(kestrelOptions), transport, loggerFactory);
            return new PluginServer(provider, loggerFactory, kestrel, application, lifetime);
        }
        catch
        {
            provider.Dispose();
            loggerFactory.Dispose();
            throw;
        }
    }

    /// <summary>Starts accepting connections on the listener.</summary>
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await _kestrel.StartAsync(_application, cancellationToken).ConfigureAwait(false);
        _started = true;
    }

    /// <summary>
    /// Starts the hosted services (the parent watcher, the connector's lifetime), then serves until the application is
    /// stopped (Shutdown, the parent's death, a failing background service) or <paramref name="stop"/> is cancelled,
    /// and stops: the application's stopping token, the server (running calls get until <see cref="ShutdownTimeout"/>),
    /// the hosted services in reverse order, the stopped token.
    /// </summary>
    public async Task RunUntilStoppedAsync(CancellationToken stop)
    {
        _hostedServices = [.. _services.GetServices<IHostedService>()];
        foreach (var service in _hostedServices)
        {
            await service.StartAsync(stop).ConfigureAwait(false);
            if (service is BackgroundService background)
            {
                _backgroundServices.Add(WatchAsync(background));
            }
        }

        _lifetime.NotifyStarted();
        var stopping = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using (stop.Register(static state => ((ApplicationLifetime)state!).StopApplication(), _lifetime))
        using (_lifetime.ApplicationStopping.Register(static state => ((TaskCompletionSource)state!).TrySetResult(), stopping))
        {
            await stopping.Task.ConfigureAwait(false);
        }

        await StopAsync().ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        if (_started && !_stopped)
        {
            // Not stopped gracefully (start failed or was cancelled): close connections at once.
            _kestrel.Dispose();
        }

        await _services.DisposeAsync().ConfigureAwait(false);
        _loggerFactory.Dispose();
    }

    private async Task StopAsync()
    {
        _stopped = true;
        using var timeout = new CancellationTokenSource(ShutdownTimeout);
        _lifetime.StopApplication();
        try
        {
            await _kestrel.StopAsync(timeout.Token).ConfigureAwait(false);
        }
        catch (Exception exception)
        {
            HostingLog.StopFailed(_logger, "the server", exception);
        }

        for (var i = _hostedServices.Length - 1; i >= 0; i--)
        {
            try
            {
                await _hostedServices[i].StopAsync(timeout.Token).ConfigureAwait(false);
            }
            catch (Exception exception)
            {
                HostingLog.StopFailed(_logger, _hostedServices[i].GetType().Name, exception);
            }
        }

        await Task.WhenAll(_backgroundServices).ConfigureAwait(false);
        _lifetime.NotifyStopped();
    }

    // A background service that fails stops the process, as the generic host does with StopHost.
    private async Task WatchAsync(BackgroundService service)
    {
        try
        {
            await (service.ExecuteTask ?? Task.CompletedTask).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (_lifetime.ApplicationStopping.IsCancellationRequested)
        {
        }
        catch (Exception exception)
        {
            HostingLog.BackgroundServiceFailed(_logger, exception);
            _lifetime.StopApplication();
        }
    }

    private static HttpsConnectionAdapterOptions CreateHttpsOptions(AutoMtls mtls, ILogger logger) => new()
    {
        ServerCertificate = mtls.ServerCertificate,
        SslProtocols = SslProtocols.Tls12 | SslProtocols.Tls13,
        ClientCertificateMode = ClientCertificateMode.RequireCertificate,
        CheckCertificateRevocation = false,
        ClientCertificateValidation = (certificate, _, _) =>
        {
            // The platform's verdict (unknown root, etc.) is irrelevant: the host's own certificate is the only trust anchor.
            if (mtls.IsTrustedClient(certificate))
            {
                return true;
            }

            HostingLog.ClientCertificateRejected(logger, certificate?.Subject ?? "none");
            return false;
        },
    };
}

/// <summary>Everything <see cref="PluginServer.Build"/> wires together.</summary>
/// <param name="Connector">The author's connector.</param>
/// <param name="Environment">Conduit's variables.</param>
/// <param name="Logging">The only logger provider.</param>
/// <param name="Listener">The socket to serve on.</param>
/// <param name="Mtls">AutoMTLS material, or null for cleartext.</param>
/// <param name="Stdio">Where redirected console output goes.</param>
/// <param name="Parent">The parent to watch, or null where that is not possible.</param>
/// <param name="Timeouts">The runtime's time limits.</param>
internal sealed record PluginServerParts(
    Connector Connector,
    ConnectorEnvironment Environment,
    HclogLoggerProvider Logging,
    PluginListener Listener,
    AutoMtls? Mtls,
    StdioBroadcaster Stdio,
    ParentProcess? Parent,
    Runtime.RuntimeTimeouts Timeouts);
