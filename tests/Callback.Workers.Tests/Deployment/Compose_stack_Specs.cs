using Callback.Sagas.Messaging.Scheduling;
using Callback.Sagas.Persistence;
using Callback.Workers.Messaging;
using Callback.Workers.Telephony;
using Microsoft.Data.SqlClient;
using Microsoft.Extensions.Configuration;

namespace Callback.Workers.Tests.Deployment;

/// <summary>
/// docker-compose.yml, read through the same configuration readers the processes use, so that the stack it describes is
/// the one the code would run: a renamed key or a wrong value fails here, not in someone's first <c>docker compose up</c>.
/// </summary>
public sealed class Compose_stack_Specs(ComposeFile compose) :
    IClassFixture<ComposeFile>
{
    readonly IConfiguration _workers = compose.Configuration("workers");
    readonly IConfiguration _web = compose.Configuration("web");
    readonly IConfiguration _simulator = compose.Configuration("simulator");

    [Fact]
    public void The_stack_is_RabbitMQ_SQL_Server_the_web_tier_the_workers_and_the_simulator()
    {
        string[] services = ["rabbitmq", "simulator", "sqlserver", "sqlserver-init", "web", "workers"];
        Assert.Equal(services, compose.ServiceNames.Order(StringComparer.Ordinal));
        Assert.Equal(2, compose.Service("workers").GetProperty("deploy").GetProperty("replicas").GetInt32());
    }

    [Fact]
    public void The_workers_keep_sessions_and_timers_in_SQL_Server_and_share_one_clustered_scheduler()
    {
        var database = CallbackDatabaseSettings.From(_workers);
        Assert.Equal(DatabaseProvider.SqlServer, database.Provider);
        Assert.True(database.MigrateOnStart);

        Assert.NotNull(database.ConnectionString);
        var connection = new SqlConnectionStringBuilder(database.ConnectionString);
        Assert.Equal("sqlserver,1433", connection.DataSource);
        Assert.True(connection.TrustServerCertificate, "the container's certificate is self-signed");

        var scheduler = MessageSchedulerOptions.Read(_workers);
        Assert.Equal(SchedulerJobStore.Database, scheduler.JobStore);
        Assert.Equal(SchedulerDatabaseProvider.SqlServer, scheduler.Provider);
        Assert.Equal(database.ConnectionString, scheduler.ConnectionString);
        Assert.True(scheduler.Clustered);
    }

    [Fact]
    public void The_workers_run_the_sessions_on_the_compose_broker_and_leave_telephony_to_an_adapter()
    {
        Assert.Equal(BusTransport.RabbitMq, BusTransport.Of(_workers));
        Assert.Equal("rabbitmq", BusTransport.RabbitMqAddress(_workers).Host);
        Assert.Equal(WorkerRole.Sessions, WorkerRole.Of(_workers));
        Assert.Equal(TelephonyMode.External, TelephonyMode.Of(_workers));
    }

    [Fact]
    public void The_simulator_is_the_worker_image_as_the_simulated_URS_and_SIP_Server_alone_on_the_same_broker_without_a_database()
    {
        Assert.Equal(WorkerRole.Simulator, WorkerRole.Of(_simulator));
        Assert.Equal(BusTransport.RabbitMqAddress(_workers), BusTransport.RabbitMqAddress(_simulator));
        Assert.Null(CallbackDatabaseSettings.From(_simulator).ConnectionString);
        Assert.Equal(compose.Service("workers").GetProperty("image").GetString(), compose.Service("simulator").GetProperty("image").GetString());

        Assert.Equal("service_healthy", compose.StartCondition("simulator", "rabbitmq"));
        Assert.Null(compose.StartCondition("simulator", "sqlserver"));
    }

    [Theory]
    [InlineData("web", 8080)]
    [InlineData("workers", 8081)]
    [InlineData("simulator", 8081)]
    public void A_callback_container_is_healthy_when_its_readiness_endpoint_answers(string service, int port)
    {
        var test = string.Join(' ', compose.Service(service).GetProperty("healthcheck").GetProperty("test").EnumerateArray().Select(part => part.GetString()));

        Assert.Contains($"/dev/tcp/127.0.0.1/{port}", test, StringComparison.Ordinal);
        Assert.Contains("GET /health/ready ", test, StringComparison.Ordinal);
    }

    [Fact]
    public void The_broker_is_healthy_when_its_node_answers_a_ping() =>
        Assert.Equal(["CMD", "rabbitmq-diagnostics", "-q", "ping"],
            compose.Service("rabbitmq").GetProperty("healthcheck").GetProperty("test").EnumerateArray().Select(part => part.GetString()));

    [Fact]
    public void The_web_tier_runs_no_workers_and_talks_to_the_same_broker_and_database()
    {
        Assert.Equal(BusTransport.RabbitMq, BusTransport.Of(_web));
        Assert.Equal(BusTransport.RabbitMqAddress(_workers), BusTransport.RabbitMqAddress(_web));
        Assert.Equal(CallbackDatabaseSettings.From(_workers), CallbackDatabaseSettings.From(_web));

        // Callback.Web's WorkersEnabled reads this key; the tests of the workers do not reference the web tier.
        Assert.False(_web.GetValue<bool?>("Workers:Enabled") ?? true, "Workers:Enabled must be false on the web tier");

        var port = Assert.Single(compose.Service("web").GetProperty("ports").EnumerateArray());
        Assert.Equal((8080, 8080), (port.GetProperty("published").GetInt32(), port.GetProperty("target").GetInt32()));
    }

    [Theory]
    [InlineData("workers")]
    [InlineData("web")]
    public void A_callback_process_starts_once_the_broker_and_the_database_are_up_and_the_database_exists(string service)
    {
        Assert.Equal("service_healthy", compose.StartCondition(service, "rabbitmq"));
        Assert.Equal("service_healthy", compose.StartCondition(service, "sqlserver"));
        Assert.Equal("service_completed_successfully", compose.StartCondition(service, "sqlserver-init"));
        Assert.Equal("service_healthy", compose.StartCondition("sqlserver-init", "sqlserver"));

        Assert.True(compose.Service("rabbitmq").TryGetProperty("healthcheck", out _), "rabbitmq needs a healthcheck");
        Assert.True(compose.Service("sqlserver").TryGetProperty("healthcheck", out _), "sqlserver needs a healthcheck");
    }

    [Fact]
    public void The_database_created_before_the_processes_start_is_the_one_they_connect_to()
    {
        // EF Core's migration lock lives inside the database, so replicas migrate together safely only once it exists.
        var connectionString = CallbackDatabaseSettings.From(_workers).ConnectionString;
        Assert.NotNull(connectionString);
        var database = new SqlConnectionStringBuilder(connectionString).InitialCatalog;
        var script = string.Join(' ', compose.Service("sqlserver-init").GetProperty("entrypoint").EnumerateArray().Select(part => part.GetString()));

        Assert.Contains($"CREATE DATABASE [{database}]", script, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("workers", "src/Callback.Workers/Dockerfile")]
    [InlineData("simulator", "src/Callback.Workers/Dockerfile")]
    [InlineData("web", "src/Callback.Web/Dockerfile")]
    public void Each_callback_image_is_built_from_its_Dockerfile_with_the_repository_as_context(string service, string dockerfile)
    {
        var build = compose.Service(service).GetProperty("build");

        Assert.Equal(compose.RepositoryRoot, build.GetProperty("context").GetString());
        Assert.Equal(dockerfile, build.GetProperty("dockerfile").GetString());
        Assert.True(File.Exists(Path.Combine(compose.RepositoryRoot, dockerfile)), $"{dockerfile} is missing");
    }
}
