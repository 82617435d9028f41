//! Database failures at the HTTP edge: a broken connection or a busy database is a 503 with
//! Retry-After, a unique index refusing a row is a 409, anything else a 500.

use super::ApiError;

/// A database failure that says nothing about the request: the pool is exhausted, the
/// connection broke (PostgreSQL restarting: SQLSTATE class 08 and 57P, too many connections
/// 53300), or SQLite is busy. The request may be repeated; it is a 503, not a 500.
fn is_unavailable(err: &sea_orm::DbErr) -> bool {
    use sea_orm::{DbErr, RuntimeErr};
    match err {
        DbErr::ConnectionAcquire(_) | DbErr::Conn(_) => true,
        DbErr::Exec(RuntimeErr::SqlxError(e)) | DbErr::Query(RuntimeErr::SqlxError(e)) => {
            sqlx_unavailable(e)
        }
        _ => false,
    }
}

fn sqlx_unavailable(err: &sea_orm::sqlx::Error) -> bool {
    use sea_orm::sqlx::Error;
    match err {
        Error::Io(_)
        | Error::Tls(_)
        | Error::PoolTimedOut
        | Error::PoolClosed
        | Error::WorkerCrashed => true,
        Error::Database(db) => db.code().is_some_and(|code| {
            code.starts_with("08")
                || code.starts_with("57P")
                || code == "53300"
                // SQLite: SQLITE_BUSY, SQLITE_LOCKED and their extended codes.
                || matches!(code.as_ref(), "5" | "6" | "261" | "262" | "517")
        }),
        _ => false,
    }
}

impl From<sea_orm::DbErr> for ApiError {
    fn from(err: sea_orm::DbErr) -> ApiError {
        if is_unavailable(&err) {
            ApiError::Unavailable(err.to_string())
        } else if matches!(
            err.sql_err(),
            Some(sea_orm::SqlErr::UniqueConstraintViolation(_))
        ) {
            ApiError::AlreadyExists
        } else {
            ApiError::Internal(err.to_string())
        }
    }
}

#[cfg(test)]
mod database_failures {
    use std::sync::Arc;

    use sea_orm::{DbErr, RuntimeErr, sqlx};

    use actix_web::ResponseError;
    use actix_web::http::{StatusCode, header};

    use super::*;

    fn query(err: sqlx::Error) -> DbErr {
        DbErr::Query(RuntimeErr::SqlxError(Arc::new(err)))
    }

    #[test]
    fn a_broken_connection_or_an_exhausted_pool_is_a_503_with_retry_after() {
        let reset = std::io::Error::new(std::io::ErrorKind::ConnectionReset, "reset by peer");
        for err in [
            query(sqlx::Error::Io(reset)),
            query(sqlx::Error::PoolTimedOut),
            DbErr::Exec(RuntimeErr::SqlxError(Arc::new(sqlx::Error::PoolClosed))),
            DbErr::Conn(RuntimeErr::Internal("connection refused".to_owned())),
        ] {
            let api = ApiError::from(err);
            assert!(matches!(api, ApiError::Unavailable(_)), "{api:?}");
            let response = api.error_response();
            assert_eq!(response.status(), StatusCode::SERVICE_UNAVAILABLE);
            assert_eq!(response.headers().get(header::RETRY_AFTER).unwrap(), "5");
        }
    }

    #[test]
    fn any_other_database_error_is_a_500() {
        for err in [
            query(sqlx::Error::RowNotFound),
            query(sqlx::Error::Protocol("unexpected message".to_owned())),
            DbErr::Custom("a bug".to_owned()),
            DbErr::RecordNotFound("x".to_owned()),
        ] {
            assert!(matches!(ApiError::from(err), ApiError::Internal(_)));
        }
    }
}
