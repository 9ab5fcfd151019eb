using Conduit.Connector.Sdk.Hosting;
using Conduit.Connector.Sdk.Hosting.Transport;
using Microsoft.Extensions.Logging;

namespace Conduit.Connector.Sdk.Tests.Hosting;

public sealed class EnvironmentReaderTests
{
    private static EnvironmentReader Reader(params (string Key, string? Value)[] values) =>
        EnvironmentReader.From(values.ToDictionary(pair => pair.Key, pair => pair.Value));

    [Fact]
    public void ReadConnectorEnvironment_AllVariablesSet_ReadsEveryValue()
    {
        // Arrange
        var reader = Reader(
            ("CONDUIT_CONNECTOR_ID", "pipeline1:source"),
            ("CONDUIT_CONNECTOR_TOKEN", "secret-token"),
            ("CONDUIT_CONNECTOR_UTILITIES_GRPC_TARGET", "127.0.0.1:8185"),
            ("CONDUIT_CONNECTOR_LOG_LEVEL", "warn"),
            ("CONDUIT_CONNECTOR_MAX_RECEIVE_RECORD_SIZE", "1048576"));

        // Act
        var reading = reader.ReadConnectorEnvironment();

        // Assert
        var environment = reading.Environment;
        Assert.Equal("pipeline1:source", environment.ConnectorId);
        Assert.Equal("secret-token", environment.Token);
        Assert.Equal("127.0.0.1:8185", environment.UtilitiesTarget);
        Assert.Equal(LogLevel.Warning, environment.LogLevel);
        Assert.Equal(1048576, environment.MaxReceiveRecordSize);
        Assert.Empty(reading.MissingVariables);
        Assert.Null(reading.InvalidMaxReceiveRecordSize);
    }

    [Fact]
    public void ReadConnectorEnvironment_NothingSet_DefaultsAndReportsMissing()
    {
        // Act
        var reading = Reader().ReadConnectorEnvironment();

        // Assert
        var environment = reading.Environment;
        Assert.Null(environment.ConnectorId);
        Assert.Null(environment.Token);
        Assert.Null(environment.UtilitiesTarget);
        Assert.Equal(LogLevel.Trace, environment.LogLevel);
        Assert.Equal(4194304, environment.MaxReceiveRecordSize);
        Assert.Equal(
            ["CONDUIT_CONNECTOR_ID", "CONDUIT_CONNECTOR_TOKEN", "CONDUIT_CONNECTOR_UTILITIES_GRPC_TARGET"],
            reading.MissingVariables);
        Assert.Null(reading.InvalidMaxReceiveRecordSize);
    }

    [Fact]
    public void ReadConnectorEnvironment_EmptyValues_CountAsUnset()
    {
        // Arrange
        var reader = Reader(("CONDUIT_CONNECTOR_ID", ""), ("CONDUIT_CONNECTOR_LOG_LEVEL", ""), ("CONDUIT_CONNECTOR_MAX_RECEIVE_RECORD_SIZE", ""));

        // Act
        var reading = reader.ReadConnectorEnvironment();

        // Assert
        Assert.Null(reading.Environment.ConnectorId);
        Assert.Contains("CONDUIT_CONNECTOR_ID", reading.MissingVariables);
        Assert.Equal(LogLevel.Trace, reading.Environment.LogLevel);
        Assert.Equal(ConnectorEnvironment.DefaultMaxReceiveRecordSize, reading.Environment.MaxReceiveRecordSize);
        Assert.Null(reading.InvalidMaxReceiveRecordSize);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("-5")]
    [InlineData("0")]
    [InlineData("4MB")]
    [InlineData("1.5")]
    public void ReadConnectorEnvironment_InvalidMaxReceiveSize_DefaultAndReported(string value)
    {
        // Act
        var reading = Reader(("CONDUIT_CONNECTOR_MAX_RECEIVE_RECORD_SIZE", value)).ReadConnectorEnvironment();

        // Assert
        Assert.Equal(4194304, reading.Environment.MaxReceiveRecordSize);
        Assert.Equal(value, reading.InvalidMaxReceiveRecordSize);
    }

    [Fact]
    public void ReadConnectorEnvironment_MaxReceiveSizeBeyondInt_ClampedNotRejected()
    {
        // Act
        var reading = Reader(("CONDUIT_CONNECTOR_MAX_RECEIVE_RECORD_SIZE", "99999999999")).ReadConnectorEnvironment();

        // Assert
        Assert.Equal(int.MaxValue, reading.Environment.MaxReceiveRecordSize);
        Assert.Null(reading.InvalidMaxReceiveRecordSize);
    }

    [Theory]
    [InlineData("204e8e812c3a1bb73b838928c575b42a105dd2e9aa449be481bc4590486df53f", true)]
    [InlineData("204e8e812c3a1bb73b838928c575b42a105dd2e9aa449be481bc4590486df53F", false)]
    [InlineData("wrong", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void HasMagicCookie_Value_OnlyExactCookieCounts(string? value, bool expected)
    {
        Assert.Equal(expected, Reader(("CONDUIT_PLUGIN_MAGIC_COOKIE", value)).HasMagicCookie);
    }

    [Fact]
    public void ReadListenSettings_Defaults_UnixWithoutExtras()
    {
        // Act
        var settings = Reader().ReadListenSettings();

        // Assert
        Assert.Equal(OperatingSystem.IsWindows() ? PluginNetwork.Tcp : PluginNetwork.Unix, settings.Network);
        Assert.Null(settings.MinPort);
        Assert.Null(settings.MaxPort);
        Assert.Null(settings.UnixSocketDirectory);
        Assert.Null(settings.UnixSocketGroup);
        Assert.Null(settings.ClientCertificatePem);
    }

    [Fact]
    public void ReadListenSettings_EverythingSet_ReadsRawValues()
    {
        // Arrange
        var reader = Reader(
            ("CONDUIT_DOTNET_SDK_NETWORK", "TCP"),
            ("PLUGIN_MIN_PORT", "10000"),
            ("PLUGIN_MAX_PORT", "25000"),
            ("PLUGIN_UNIX_SOCKET_DIR", "/run/conduit"),
            ("PLUGIN_UNIX_SOCKET_GROUP", "conduit"),
            ("PLUGIN_CLIENT_CERT", "-----BEGIN CERTIFICATE-----"));

        // Act
        var settings = reader.ReadListenSettings();

        // Assert
        Assert.Equal(new ListenSettings(PluginNetwork.Tcp, "10000", "25000", "/run/conduit", "conduit", "-----BEGIN CERTIFICATE-----"), settings);
    }

    [Fact]
    public void ReadListenSettings_PortRangeAlone_DoesNotSwitchToTcp()
    {
        // Conduit always sends the range, so it cannot be the switch.
        var settings = Reader(("PLUGIN_MIN_PORT", "10000"), ("PLUGIN_MAX_PORT", "25000")).ReadListenSettings();

        Assert.Equal(OperatingSystem.IsWindows() ? PluginNetwork.Tcp : PluginNetwork.Unix, settings.Network);
    }

    [Fact]
    public void ReadListenSettings_UnknownNetwork_ThrowsClearError()
    {
        var exception = Assert.Throws<PluginStartupException>(() => Reader(("CONDUIT_DOTNET_SDK_NETWORK", "udp")).ReadListenSettings());

        Assert.Contains("CONDUIT_DOTNET_SDK_NETWORK=\"udp\"", exception.Message, StringComparison.Ordinal);
        Assert.Contains("\"tcp\"", exception.Message, StringComparison.Ordinal);
    }
}
