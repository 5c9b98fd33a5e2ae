package org.peersupport.portal.shared.persistence;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Runs the whole transaction of this service method again, a few times, when it lost a race with
 * another one (deadlock, lock wait timeout, optimistic lock): safe because nothing of a rolled-back
 * attempt remains. It wraps {@code @Transactional}, so each attempt is a transaction of its own;
 * called inside a transaction that is already open, it does nothing and leaves the retry to
 * whoever began that transaction. See {@link RetryOnConflictInterceptor}.
 */
@Inherited
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface RetryOnConflict {}
