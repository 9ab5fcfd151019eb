using Conduit.Connector.Sdk.Tests.Configuration.TestConfigurations;

namespace Conduit.Connector.Sdk.Tests.Configuration;

public class ConfigurationReaderTests
{
    private static (EverythingConfig Config, ConfigurationReader Reader) Read(Dictionary<string, string> values)
    {
        var reader = new ConfigurationReader(values);
        return (EverythingConfig.Read(reader), reader);
    }

    private static string[] Messages(ConfigurationReader reader) => [.. reader.Errors.Select(e => e.Message)];

    [Fact]
    public void Read_OnlyRequired_AppliesEveryDefault()
    {
        // Act
        var (config, reader) = Read(new() { ["url"] = "http://x" });

        // Assert
        Assert.Empty(reader.Errors);
        Assert.Equal("http://x", config.Url);
        Assert.Equal(5432, config.Port);
        Assert.Equal(0, config.MaxBytes);
        Assert.Equal(0.5, config.Ratio);
        Assert.Equal(1.5f, config.Scale);
        Assert.True(config.Enabled);
        Assert.Equal(TimeSpan.FromSeconds(90), config.Timeout);
        Assert.Equal(TimeSpan.FromMinutes(1), config.Interval);
        Assert.Equal(Compression.Gzip, config.Compression);
        Assert.Null(config.Fallback);
        Assert.Null(config.CertFile);
        Assert.Equal(["a", "b"], config.Tables);
        Assert.Empty(config.Partitions);
        Assert.Null(config.Backoffs);
        Assert.Empty(config.Codecs);
        Assert.Equal("guest", config.Auth.User);
        Assert.Null(config.Auth.Password);
        Assert.Empty(config.Headers);
        Assert.Empty(config.Collections);
        Assert.Null(config.Limit);
        Assert.Null(config.Comment);
        Assert.Null(config.Token);
        Assert.Equal("safe", config.Mode);
        Assert.Equal(string.Empty, config.User);
        Assert.Equal(0, config.BatchSize);
        Assert.Equal(3, config.Level);
    }

    [Fact]
    public void Read_EveryType_ParsesGoSyntax()
    {
        // Arrange
        var values = new Dictionary<string, string>
        {
            ["url"] = "http://x",
            ["port"] = "+8080",
            ["maxBytes"] = "-9223372036854775808",
            ["ratio"] = "1e-3",
            ["scale"] = "2.25",
            ["enabled"] = "F",
            ["timeout"] = "1h2m3.5s",
            ["interval"] = "500ms",
            ["compression"] = "zstd-fast",
            ["fallback"] = "none",
            ["certFile"] = "/etc/cert.pem",
            ["tables"] = " x , y ,z",
            ["partitions"] = "1,2,3",
            ["backoffs"] = "1s,1.5ms",
            ["codecs"] = "gzip,zstd-fast",
            ["auth.user"] = "ann",
            ["auth.password"] = "s3cret",
            ["headers.content-type"] = "text/plain",
            ["headers.x.y"] = "dotted",
            ["collections.a.format"] = "avro",
            ["collections.b.priority"] = "2",
            ["limit"] = "7",
            ["comment"] = "hi",
            ["token"] = "abc",
            ["mode"] = "fast",
            ["user"] = "bob",
            ["sdk.batch.size"] = "100",
            ["level"] = "255",
        };

        // Act
        var (config, reader) = Read(values);

        // Assert
        Assert.Empty(reader.Errors);
        Assert.Equal(8080, config.Port);
        Assert.Equal(long.MinValue, config.MaxBytes);
        Assert.Equal(0.001, config.Ratio);
        Assert.Equal(2.25f, config.Scale);
        Assert.False(config.Enabled);
        Assert.Equal(new TimeSpan(0, 1, 2, 3, 500), config.Timeout);
        Assert.Equal(TimeSpan.FromMilliseconds(500), config.Interval);
        Assert.Equal(Compression.ZstdFast, config.Compression);
        Assert.Equal(Compression.None, config.Fallback);
        Assert.Equal("/etc/cert.pem", config.CertFile);
        Assert.Equal(["x", "y", "z"], config.Tables);
        Assert.Equal([1, 2, 3], config.Partitions);
        Assert.Equal([TimeSpan.FromSeconds(1), TimeSpan.FromTicks(15_000)], config.Backoffs);
        Assert.Equal([Compression.Gzip, Compression.ZstdFast], config.Codecs);
        Assert.Equal("ann", config.Auth.User);
        Assert.Equal("s3cret", config.Auth.Password);
        Assert.Equal(new Dictionary<string, string> { ["content-type"] = "text/plain", ["x.y"] = "dotted" }, config.Headers);
        Assert.Equal(["a", "b"], config.Collections.Keys.Order());
        Assert.Equal("avro", config.Collections["a"].Format);
        Assert.Equal(0, config.Collections["a"].Priority);
        Assert.Equal("json", config.Collections["b"].Format);
        Assert.Equal(2, config.Collections["b"].Priority);
        Assert.Equal(7, config.Limit);
        Assert.Equal("hi", config.Comment);
        Assert.Equal("abc", config.Token);
        Assert.Equal("fast", config.Mode);
        Assert.Equal("bob", config.User);
        Assert.Equal(100, config.BatchSize);
        Assert.Equal(255, config.Level);
    }

    [Fact]
    public void Read_SpacesAndBlankValues_TrimsAndAppliesDefaults()
    {
        // Act
        var (config, reader) = Read(new() { ["  url "] = "  http://x  ", ["port"] = "   ", ["comment"] = "" });

        // Assert
        Assert.Empty(reader.Errors);
        Assert.Equal("http://x", config.Url);
        Assert.Equal(5432, config.Port);
        Assert.Null(config.Comment);
        Assert.Equal("http://x", reader.Values["url"]);
    }

    [Fact]
    public void Read_RequiredMissing_ReportsGoMessage()
    {
        // Act
        var (_, reader) = Read([]);

        // Assert
        var error = Assert.Single(reader.Errors);
        Assert.Equal("url", error.Key);
        Assert.Equal(string.Empty, error.Value);
        Assert.Equal("error validating \"url\": required parameter is not provided", error.Message);
    }

    [Theory]
    [InlineData("port", "abc", "error validating \"port\": \"abc\" value is not an integer: invalid parameter type")]
    [InlineData("port", "1.5", "error validating \"port\": \"1.5\" value is not an integer: invalid parameter type")]
    [InlineData("ratio", "x", "error validating \"ratio\": \"x\" value is not a float: invalid parameter type")]
    [InlineData("enabled", "yes", "error validating \"enabled\": \"yes\" value is not a boolean: invalid parameter type")]
    [InlineData("timeout", "1d", "error validating \"timeout\": \"1d\" value is not a duration: invalid parameter type")]
    [InlineData("level", "300", "error validating \"level\": \"300\" value is out of range [0, 255]: invalid parameter value")]
    [InlineData("port", "0", "error validating \"port\": \"0\" should be greater than 0: greater-than validation failed")]
    [InlineData("port", "65536", "error validating \"port\": \"65536\" should be less than 65536: less-than validation failed")]
    [InlineData("mode", "slow", "error validating \"mode\": \"slow\" value must be included in the list [fast,safe]: inclusion validation failed")]
    [InlineData("compression", "lz4", "error validating \"compression\": \"lz4\" value must be included in the list [none,gzip,zstd-fast]: inclusion validation failed")]
    [InlineData("compression", "Gzip", "error validating \"compression\": \"Gzip\" value must be included in the list [none,gzip,zstd-fast]: inclusion validation failed")]
    [InlineData("user", "root", "error validating \"user\": \"root\" value must be excluded from the list [admin,root]: exclusion validation failed")]
    [InlineData("partitions", "1,x", "error validating \"partitions\": \"1,x\" value has an element \"x\" that is not an integer: invalid parameter type")]
    [InlineData("codecs", "gzip,lz4", "error validating \"codecs\": \"gzip,lz4\" value has an element \"lz4\" that is not in the list [none,gzip,zstd-fast]: inclusion validation failed")]
    [InlineData("backoffs", "1s,2", "error validating \"backoffs\": \"1s,2\" value has an element \"2\" that is not a duration: invalid parameter type")]
    [InlineData("collections.a.format", "xml", "error validating \"collections.a.format\": \"xml\" value must be included in the list [json,avro]: inclusion validation failed")]
    [InlineData("collections.a.priority", "high", "error validating \"collections.a.priority\": \"high\" value is not an integer: invalid parameter type")]
    public void Read_InvalidValue_ReportsKeyValueAndRule(string key, string value, string expected)
    {
        // Act
        var (_, reader) = Read(new() { ["url"] = "http://x", [key] = value });

        // Assert
        var error = Assert.Single(reader.Errors);
        Assert.Equal(key, error.Key);
        Assert.Equal(value, error.Value);
        Assert.Equal(expected, error.Message);
    }

    [Theory]
    [InlineData("port", "65535")]
    [InlineData("port", "1")]
    [InlineData("mode", "fast")]
    [InlineData("user", "administrator")]
    [InlineData("token", "xabcx")]
    public void Read_ValidBoundaryValue_ReportsNothing(string key, string value)
    {
        // Act
        var (_, reader) = Read(new() { ["url"] = "http://x", [key] = value });

        // Assert
        Assert.Empty(reader.Errors);
    }

    [Fact]
    public void Read_SensitiveValueBreaksRule_HidesValue()
    {
        // Act
        var (_, reader) = Read(new() { ["url"] = "http://x", ["token"] = "TopSecret" });
        var exception = Assert.Throws<ConfigurationException>(reader.ThrowIfInvalid);

        // Assert
        var error = Assert.Single(exception.Errors);
        Assert.Null(error.Value);
        Assert.Equal("error validating \"token\": the hidden value should match the regex \"^[a-z]+$\": regex validation failed", error.Message);
        Assert.DoesNotContain("TopSecret", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_SensitiveNumberOfWrongType_HidesValue()
    {
        // Arrange
        var reader = new ConfigurationReader(new Dictionary<string, string> { ["table"] = "t", ["pin"] = "12x4" });

        // Act
        _ = DerivedConfig.Read(reader);

        // Assert
        var error = Assert.Single(reader.Errors);
        Assert.Null(error.Value);
        Assert.Equal("error validating \"pin\": the hidden value is not an integer: invalid parameter type", error.Message);
    }

    [Fact]
    public void Read_UnknownKeys_SuggestsNearestKnownKey()
    {
        // Act
        var (_, reader) = Read(new()
        {
            ["url"] = "http://x",
            ["prot"] = "1",
            ["zzzzzzzz"] = "1",
            ["collections.a.formt"] = "json",
            ["header.accept"] = "x",
            ["auth.usr"] = "x",
        });

        // Assert
        Assert.Equal(
            [
                "\"auth.usr\": unrecognized parameter (did you mean \"auth.user\"?)",
                "\"collections.a.formt\": unrecognized parameter (did you mean \"collections.a.format\"?)",
                "\"header.accept\": unrecognized parameter (did you mean \"headers.accept\"?)",
                "\"prot\": unrecognized parameter (did you mean \"port\"?)",
                "\"zzzzzzzz\": unrecognized parameter",
            ],
            Messages(reader));
        Assert.All(reader.Errors, e => Assert.Null(e.Value));
    }

    [Fact]
    public void Read_WildcardNeedsItsSegment_ReportsPartialKeysAsUnknown()
    {
        // Act
        var (_, reader) = Read(new() { ["url"] = "http://x", ["collections.a"] = "x", ["collections.a.format.extra"] = "x", ["headers."] = "x" });

        // Assert
        Assert.Equal(["collections.a", "collections.a.format.extra", "headers."], reader.Errors.Select(e => e.Key));
    }

    [Fact]
    public void ThrowIfInvalid_SeveralProblems_ListsEveryOneSortedByKey()
    {
        // Act
        var (_, reader) = Read(new() { ["port"] = "abc", ["mode"] = "slow", ["tokn"] = "x", ["enabled"] = "maybe" });
        var exception = Assert.Throws<ConfigurationException>(reader.ThrowIfInvalid);

        // Assert
        Assert.Equal(
            "error validating \"enabled\": \"maybe\" value is not a boolean: invalid parameter type\n"
            + "error validating \"mode\": \"slow\" value must be included in the list [fast,safe]: inclusion validation failed\n"
            + "error validating \"port\": \"abc\" value is not an integer: invalid parameter type\n"
            + "\"tokn\": unrecognized parameter (did you mean \"token\"?)\n"
            + "error validating \"url\": required parameter is not provided",
            exception.Message);
        Assert.Equal(["enabled", "mode", "port", "tokn", "url"], exception.Errors.Select(e => e.Key));
    }

    [Fact]
    public void ThrowIfInvalid_NoProblem_DoesNotThrow()
    {
        // Arrange
        var (_, reader) = Read(new() { ["url"] = "http://x" });

        // Act
        var exception = Xunit.Record.Exception(reader.ThrowIfInvalid);

        // Assert
        Assert.Null(exception);
    }

    [Fact]
    public void Read_TwoConfigurationsOnOneReader_KnowEachOthersKeys()
    {
        // Arrange
        var values = new Dictionary<string, string> { ["url"] = "http://x", ["sdk.batch.count"] = "5" };
        var alone = new ConfigurationReader(values);
        var both = new ConfigurationReader(values);

        // Act
        _ = EverythingConfig.Read(alone);
        _ = EverythingConfig.Read(both);
        var middleware = MiddlewareLikeConfig.Read(both);

        // Assert
        Assert.Equal(["\"sdk.batch.count\": unrecognized parameter"], Messages(alone));
        Assert.Empty(both.Errors);
        Assert.Equal(5, middleware.BatchCount);
    }

    [Fact]
    public void Read_RequiredMemberAndBaseRecord_ReadsBoth()
    {
        // Arrange
        var reader = new ConfigurationReader(new Dictionary<string, string> { ["table"] = "orders", ["pin"] = "1234" });

        // Act
        var config = DerivedConfig.Read(reader);

        // Assert
        Assert.Empty(reader.Errors);
        Assert.Equal("orders", config.Table);
        Assert.Equal("localhost", config.Host);
        Assert.Equal(1234, config.Pin);
    }

    [Fact]
    public void Read_CSharpRequiredMemberMissing_IsRequiredParameter()
    {
        // Arrange
        var reader = new ConfigurationReader(new Dictionary<string, string>());

        // Act
        _ = DerivedConfig.Read(reader);

        // Assert
        Assert.Equal(["error validating \"table\": required parameter is not provided"], Messages(reader));
    }

    [Fact]
    public void Read_EmptyRequiredWithOtherRules_ReportsOnlyRequired()
    {
        // Arrange: Go would also report that "" is not greater than 10 (a quirk we fix).
        var reader = new ConfigurationReader(new Dictionary<string, string> { ["url"] = " " });

        // Act
        _ = EverythingConfig.Read(reader);

        // Assert
        Assert.Equal(["error validating \"url\": required parameter is not provided"], Messages(reader));
    }

    [Fact]
    public void Parameters_EverythingConfig_PublishesGoTypesAndValidations()
    {
        // Act
        var parameters = EverythingConfig.Parameters.ToDictionary(p => p.Name);

        // Assert
        Assert.Equal(
            ["url", "port", "maxBytes", "ratio", "scale", "enabled", "timeout", "interval", "compression", "fallback", "certFile", "tables", "partitions", "backoffs", "codecs", "auth.user", "auth.password", "headers.*", "collections.*.format", "collections.*.priority", "limit", "comment", "token", "mode", "user", "sdk.batch.size", "level"],
            EverythingConfig.Parameters.Select(p => p.Name));
        Assert.Equal("The URL of the server, e.g. http://localhost. See Port.", parameters["url"].Description);
        Assert.Equal([new ParameterValidation(ValidationType.Required, string.Empty)], parameters["url"].Validations);
        Assert.Equal(ParameterType.Int, parameters["port"].Type);
        Assert.Equal("5432", parameters["port"].Default);
        Assert.Equal([new ParameterValidation(ValidationType.GreaterThan, "0"), new ParameterValidation(ValidationType.LessThan, "65536")], parameters["port"].Validations);
        Assert.Equal(ParameterType.Float, parameters["scale"].Type);
        Assert.Equal(ParameterType.Duration, parameters["timeout"].Type);
        Assert.Equal("1m30s", parameters["timeout"].Default);
        Assert.Equal("1m", parameters["interval"].Default);
        Assert.Equal(ParameterType.String, parameters["compression"].Type);
        Assert.Equal("gzip", parameters["compression"].Default);
        Assert.Equal([new ParameterValidation(ValidationType.Inclusion, "none,gzip,zstd-fast")], parameters["compression"].Validations);
        Assert.Equal(ParameterType.File, parameters["certFile"].Type);
        Assert.Equal(ParameterType.String, parameters["partitions"].Type);
        Assert.Equal("a,b", parameters["tables"].Default);
        Assert.True(parameters["auth.password"].IsSensitive);
        Assert.True(parameters["token"].IsSensitive);
        Assert.False(parameters["auth.user"].IsSensitive);
        Assert.Equal("json", parameters["collections.*.format"].Default);
    }

    [Fact]
    public void Constructor_MessageOnly_HasNoStructuredErrors()
    {
        // Act
        var exception = new ConfigurationException("\"a\" and \"b\" cannot both be set");

        // Assert
        Assert.Empty(exception.Errors);
        Assert.Equal("\"a\" and \"b\" cannot both be set", exception.Message);
    }
}
