package dev.schemata.runtime.testing;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javax.sql.DataSource;

/**
 * Wraps a data source to count connections and executed statements, record the SQL, and make
 * chosen statements fail.
 */
public final class CountingDataSource {
  private final DataSource target;
  private final AtomicInteger connections = new AtomicInteger();
  private final List<String> executed = new CopyOnWriteArrayList<>();
  private volatile Predicate<String> failing = sql -> false;
  private volatile Consumer<String> beforeExecute = sql -> { };

  public CountingDataSource(DataSource target) {
    this.target = target;
  }

  /** The wrapping data source. */
  public DataSource dataSource() {
    return proxy(DataSource.class, (proxy, method, args) -> {
      Object result = invoke(target, method, args);
      if (method.getName().equals("getConnection")) {
        connections.incrementAndGet();
        return proxy(Connection.class, connectionHandler((Connection) result));
      }
      return result;
    });
  }

  /** Makes every statement whose SQL matches fail from now on. */
  public void failWhen(Predicate<String> sql) {
    this.failing = sql;
  }

  /** Runs {@code action} with the SQL before every statement executes; it may block. */
  public void beforeExecute(Consumer<String> action) {
    this.beforeExecute = action;
  }

  public int connections() {
    return connections.get();
  }

  /** The statements executed so far, in order. */
  public List<String> executed() {
    return List.copyOf(executed);
  }

  public void reset() {
    connections.set(0);
    executed.clear();
  }

  private InvocationHandler connectionHandler(Connection connection) {
    return (proxy, method, args) -> {
      Object result = invoke(connection, method, args);
      if (method.getName().equals("createStatement")) {
        return proxy(Statement.class, statementHandler((Statement) result, null));
      }
      if (method.getName().equals("prepareStatement")) {
        return proxy(PreparedStatement.class,
            statementHandler((Statement) result, (String) args[0]));
      }
      return result;
    };
  }

  private InvocationHandler statementHandler(Statement statement, String prepared) {
    return (proxy, method, args) -> {
      if (method.getName().startsWith("execute")) {
        String sql = prepared != null ? prepared : (String) args[0];
        beforeExecute.accept(sql);
        executed.add(sql);
        if (failing.test(sql)) {
          throw new SQLException("injected failure", "99999");
        }
      }
      return invoke(statement, method, args);
    };
  }

  private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  @SuppressWarnings("unchecked")
  private static <T> T proxy(Class<T> type, InvocationHandler handler) {
    return (T) Proxy.newProxyInstance(CountingDataSource.class.getClassLoader(),
        new Class<?>[] {type}, handler);
  }
}
